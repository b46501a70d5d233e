'use client';

import { approveContactAction } from '@/app/(staff)/staff/contacts/actions';
import { ButtonForm } from './forms/button-form';
import { SubmitButton } from './forms/submit-button';

export function ApproveContactForm({ contactId }: { contactId: number }) {
  return (
    <ButtonForm action={approveContactAction} hidden={{ contactId }}>
      <SubmitButton pendingText="Adding…">Add to the directory</SubmitButton>
    </ButtonForm>
  );
}
