'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';

const TYPING_PAUSE_MS = 250;

/**
 * The search page's own box. Without JavaScript it is a plain GET form; with it, results follow
 * as you type (after a short pause), replacing the URL so Back leaves the search page. `action` is
 * the search page in the reader's language, and the words come from it too.
 */
export function SearchForm({
  initial,
  action,
  label,
  placeholder,
  button,
}: {
  initial: string;
  action: string;
  label: string;
  placeholder: string;
  button: string;
}) {
  const router = useRouter();
  const [value, setValue] = useState(initial);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (value === initial) return;
    const timer = setTimeout(() => {
      startTransition(() => router.replace(`${action}?q=${encodeURIComponent(value)}`, { scroll: false }));
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value, initial, router, action]);

  return (
    <form action={action} method="get" role="search" className="mt-3 flex gap-2" aria-busy={pending}>
      <label htmlFor="search-q" className="sr-only">
        {label}
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        maxLength={200}
        autoComplete="off"
        placeholder={placeholder}
        className="min-h-12 w-full rounded border border-stone-500 bg-white px-3"
      />
      <button type="submit" className="min-h-12 rounded bg-brand-800 px-4 font-semibold text-white">
        {button}
      </button>
    </form>
  );
}
