'use client';

import { confirmDetails } from '@/app/(staff)/me/actions';
import { ButtonForm } from './forms/button-form';
import { SubmitButton } from './forms/submit-button';

export function ConfirmDetailsForm({ contactId, returnTo }: { contactId: number; returnTo: string }) {
  return (
    <ButtonForm action={confirmDetails} hidden={{ contactId, returnTo }}>
      <SubmitButton variant="secondary" pendingText="Confirming…">
        Confirm my details are current
      </SubmitButton>
    </ButtonForm>
  );
}
