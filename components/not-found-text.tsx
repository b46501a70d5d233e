import Link from 'next/link';
import { localizedPath, type Locale } from '@/lib/i18n/locales';

/** What the Not found page says: for unknown addresses and unknown contacts, releases and cities, with status 404. */
export function NotFoundText({ locale }: { locale: Locale }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">
        There is no page at this address. The person, city or release may have moved or been renamed.
      </p>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          <Link href={localizedPath(locale, '/')} className="inline-flex min-h-6 items-center text-blue-800 underline">
            See all cities
          </Link>{' '}
          and who is on duty there now.
        </li>
        <li>
          <Link
            href={localizedPath(locale, '/releases')}
            className="inline-flex min-h-6 items-center text-blue-800 underline"
          >
            See the latest releases
          </Link>
        </li>
        <li>Or search for a name, city or topic with the search box at the top of the page.</li>
      </ul>
    </>
  );
}
