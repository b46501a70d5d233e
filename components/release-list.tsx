import Link from 'next/link';
import type { ReleaseListItem } from '@/db/queries/directory';
import { formatDate } from '@/lib/time/dates';

type Item = Omit<ReleaseListItem, 'dateline'> & { dateline?: string[] };

export function ReleaseList({ items, headingLevel = 'h3' }: { items: Item[]; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  if (items.length === 0) return <p className="text-stone-700">No published releases yet.</p>;
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((r) => (
        <li key={r.slug} className="py-3">
          <Heading className="font-semibold">
            <Link href={`/releases/${r.slug}`} className="text-blue-800 underline-offset-4 hover:underline">
              {r.title}
            </Link>
          </Heading>
          <p className="text-sm text-stone-700">
            {r.dateline?.length ? `${r.dateline.join('/')}, ` : ''}
            <time dateTime={r.publishedOn}>{formatDate(r.publishedOn)}</time>
          </p>
          {r.summary && <p className="mt-1 text-stone-800">{r.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
