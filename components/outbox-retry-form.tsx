'use client';

import { retryMessage } from '@/app/(staff)/staff/outbox/actions';
import { useFormAction } from './forms/use-form-action';

export function OutboxRetryForm({ id }: { id: number }) {
  const { state, action, pending } = useFormAction(retryMessage);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded border border-stone-500 bg-white px-3 font-semibold"
      >
        {pending ? 'Retrying…' : 'Retry now'}
      </button>
      {(state.status === 'refused' || state.status === 'done') && (
        <p role="status" className={state.status === 'refused' ? 'text-red-800' : 'text-green-900'}>
          {state.message}
        </p>
      )}
    </form>
  );
}
