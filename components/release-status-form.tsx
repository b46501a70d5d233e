'use client';

import { useActionState, useRef } from 'react';
import { changeReleaseStatus, type ReleaseFormState } from '@/app/(staff)/staff/releases/actions';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

export function ReleaseStatusForm({ releaseId, status }: { releaseId: number; status: 'draft' | 'published' }) {
  const [state, action] = useActionState<ReleaseFormState, FormData>(changeReleaseStatus, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
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
