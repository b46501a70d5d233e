'use client';

import { usePathname } from 'next/navigation';
import { switchPath } from '@/lib/i18n/switch-path';

/**
 * The header's search box, on every page but the search page, which has its own (two boxes for one
 * search made people wonder which one counted). A client component only to read the path: it is
 * rendered on the server too, so without JavaScript the search page's header has no box either.
 * Its words come from the header, in the page's language.
 */
export function SearchHeaderBox({
  action,
  label,
  placeholder,
  button,
}: {
  action: string;
  label: string;
  placeholder: string;
  button: string;
}) {
  if (switchPath(usePathname()) === '/search') return null;
  return (
    <form action={action} method="get" role="search" className="ml-auto flex w-full gap-2 sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder={placeholder}
        maxLength={200}
        className="min-h-11 w-full rounded border border-white/60 bg-white px-3 text-stone-900 sm:w-56"
      />
      <button type="submit" className="min-h-11 rounded bg-white px-4 font-semibold text-brand-800">
        {button}
      </button>
    </form>
  );
}
