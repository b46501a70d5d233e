import Link from 'next/link';

/** The footer's one line and its link to /about (in the page's language: the caller gives the texts). */
export function SiteFooter({ text, aboutLabel, aboutHref }: { text: string; aboutLabel: string; aboutHref: string }) {
  return (
    <>
      {text}{' '}
      <Link
        href={aboutHref}
        className="inline-flex min-h-6 items-center font-semibold text-blue-800 underline underline-offset-4"
      >
        {aboutLabel}
      </Link>
    </>
  );
}
