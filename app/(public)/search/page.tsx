import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactCard } from '@/components/contact-card';
import { ReleaseList } from '@/components/release-list';
import { searchDirectory } from '@/db/queries/directory';

export const metadata: Metadata = { title: 'Search' };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? '';
  if (!q) {
    return (
      <>
        <h1 className="text-2xl font-bold">Search</h1>
        <p className="mt-2">Type a name, a city, a language or words from a release in the search box above.</p>
      </>
    );
  }
  const { contacts, releases } = await searchDirectory(q);
  return (
    <>
      <h1 className="text-2xl font-bold">Results for “{q}”</h1>
      <section aria-labelledby="people-heading" className="mt-4">
        <h2 id="people-heading" className="text-xl font-bold">
          People ({contacts.length})
        </h2>
        {contacts.length === 0 ? (
          <p className="text-stone-700">
            Nobody matches. Try a city from the <Link href="/" className="text-blue-800 underline">home page</Link>.
          </p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {contacts.map((c) => (
              <li key={c.slug}>
                <ContactCard card={c} as="h3" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="releases-heading" className="mt-8">
        <h2 id="releases-heading" className="text-xl font-bold">
          Releases ({releases.length})
        </h2>
        <ReleaseList items={releases} />
      </section>
    </>
  );
}
