'use client';

/** The error boundary's page for staff and sign-in pages, in English (app/(staff)/error.tsx, app/(auth)/error.tsx). */
export function EnglishErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">This page could not be shown just now. Nothing you entered was lost; please try again.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 min-h-11 rounded bg-brand-800 px-4 font-semibold text-white"
      >
        Try again
      </button>
    </>
  );
}
