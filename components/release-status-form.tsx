'use client';

import { changeReleaseStatus } from '@/app/(staff)/staff/releases/actions';
import { ButtonForm } from './forms/button-form';
import { SubmitButton } from './forms/submit-button';

export function ReleaseStatusForm({ releaseId, status }: { releaseId: number; status: 'draft' | 'published' }) {
  const next = status === 'draft' ? 'published' : 'draft';
  return (
    <ButtonForm action={changeReleaseStatus} hidden={{ releaseId, status: next }}>
      <SubmitButton variant={next === 'published' ? 'primary' : 'secondary'} pendingText="Saving…">
        {next === 'published' ? 'Publish' : 'Unpublish (back to draft)'}
      </SubmitButton>
    </ButtonForm>
  );
}
