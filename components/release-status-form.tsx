'use client';

import { changeReleaseStatus } from '@/app/(staff)/staff/releases/actions';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function ReleaseStatusForm({ releaseId, status }: { releaseId: number; status: 'draft' | 'published' }) {
  const { state, action, formRef } = useFormAction(changeReleaseStatus);
  const next = status === 'draft' ? 'published' : 'draft';
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-2">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="status" value={next} />
      <div>
        <SubmitButton variant={next === 'published' ? 'primary' : 'secondary'} pendingText="Saving…">
          {next === 'published' ? 'Publish' : 'Unpublish (back to draft)'}
        </SubmitButton>
      </div>
    </form>
  );
}
