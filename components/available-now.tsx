'use client';

import { useTranslations } from 'next-intl';
import { availabilityAt, type HoursSlot } from '@/lib/directory/availability';
import { describeAvailabilityIn } from '@/lib/directory/directory-words';
import { localizedPath, type Locale } from '@/lib/i18n/locales';
import { useNow } from './use-clock';
import { useDirectoryWords } from './use-directory-words';

export type AvailablePerson = {
  slug: string;
  fullName: string;
  city: string;
  timeZone: string;
  hours: HoursSlot[];
  leave: { onLeave: boolean; returnsOn: string | null };
  /** First callable number, E.164 */
  phone: string | null;
  phoneLabel: string | null;
};

/**
 * Who is in office hours, as of the page's rendering (so the list is in the HTML without JavaScript; pages are
 * re-rendered at each shift boundary, decision 0035), then as of the browser's clock once the page runs.
 */
export function AvailableNow({ people, renderedAt }: { people: AvailablePerson[]; renderedAt: number }) {
  const now = useNow(renderedAt);
  const words = useDirectoryWords();
  const t = useTranslations('ReachNow');
  const available = people
    .map((p) => ({ p, a: availabilityAt(new Date(now), p.timeZone, p.hours, p.leave) }))
    .filter(({ a }) => a.kind === 'available');
  if (available.length === 0) {
    return <p className="text-stone-700">{t('nobodyInOffice')}</p>;
  }
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {available.map(({ p, a }) => (
        <li key={p.slug} className="flex flex-col gap-1 rounded-lg border border-green-700 bg-white p-3">
          <a
            href={localizedPath(words.locale as Locale, `/contacts/${p.slug}`)}
            className="font-semibold text-blue-800 underline"
          >
            {p.fullName}
          </a>
          <span className="text-sm text-stone-700">
            {p.city} · {describeAvailabilityIn(a, words)}
          </span>
          {p.phone && (
            <a
              href={`tel:${p.phone}`}
              className="flex min-h-12 items-center rounded-lg bg-brand-800 px-4 font-semibold text-white"
            >
              {t('callLabel', { label: p.phoneLabel ?? '' })}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
