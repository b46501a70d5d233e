'use client';

import { useEffect, useRef } from 'react';

type Props = { state: { status: string; message?: string }; formRef: React.RefObject<HTMLFormElement | null> };

/**
 * After a refused submit, moves focus to the first field in error (or to the message),
 * so keyboard and screen-reader users land where the fix is needed.
 */
export function FormMessage({ state, formRef }: Props) {
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === 'idle' || state.status === 'done') return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? messageRef.current)?.focus();
  }, [state, formRef]);
  const failed = state.status !== 'idle' && state.status !== 'done';
  return (
    <div aria-live="polite">
      {state.message && (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={failed ? 'alert' : 'status'}
          className={`rounded-lg p-3 font-semibold ${failed ? 'bg-red-50 text-red-900' : 'bg-green-50 text-green-900'}`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
