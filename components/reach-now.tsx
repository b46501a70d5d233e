import { getTranslations } from 'next-intl/server';
import type { ContactCard as Card } from '@/db/queries/contact-card';
import type { Desk, FallbackPerson } from '@/lib/directory/fallback';
import type { ReachPerson } from '@/lib/directory/reach-order';
import { PhoneLinks } from './phone-links';
import { DutyLines } from './press-desk';
import { ReachFallback } from './reach-fallback';

/** The moment a page is rendered: its statuses, order and fallback are as of then. */
export function renderTime(): number {
  return Date.now();
}

export const reachPersonOf = (card: Card): ReachPerson => ({
  timeZone: card.city.timeZone,
  hours: card.hours,
  leave: card.leave,
});

/** The press desks of these people's cities, then the page's own, each once. */
export function desksOf(cards: Card[], extra: Desk[] = []): Desk[] {
  const all = [...cards.map((c) => c.city), ...extra].map((d) => ({
    name: d.name,
    deskEmail: d.deskEmail,
    dutyPhone: d.dutyPhone,
  }));
  return all.filter((d, i) => all.findIndex((x) => x.dutyPhone === d.dutyPhone) === i);
}

/** The line that explains why the list is in this order. */
export async function ReachOrderNote() {
  const t = await getTranslations('ReachNow');
  return <p className="mt-1 text-sm text-stone-700">{t('orderNote')}</p>;
}

/** The pinned fallback for a page listing these people (components/reach-fallback.tsx). */
export function PinnedFallback({ cards, desks, renderedAt }: { cards: Card[]; desks: Desk[]; renderedAt: number }) {
  const people: FallbackPerson[] = cards.map((c) => ({
    ...reachPersonOf(c),
    fullName: c.fullName,
    cityName: c.city.name,
    delegate: c.delegate?.active
      ? {
          slug: c.delegate.slug,
          fullName: c.delegate.fullName,
          timeZone: c.delegate.timeZone,
          hours: c.delegate.hours,
          leave: c.delegate.leave,
          phones: c.delegate.phones,
        }
      : null,
  }));
  const delegateLinks = Object.fromEntries(
    cards.flatMap((c) =>
      c.delegate
        ? [
            [
              c.delegate.slug,
              <PhoneLinks key={c.delegate.slug} phones={c.delegate.phones} name={c.delegate.fullName} />,
            ],
          ]
        : [],
    ),
  );
  return (
    <ReachFallback
      people={people}
      desks={desks}
      renderedAt={renderedAt}
      delegateLinks={delegateLinks}
      deskLinks={<DutyLines desks={desks} />}
    />
  );
}
