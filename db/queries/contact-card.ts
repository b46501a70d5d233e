import 'server-only';
import type { HoursSlot } from '@/lib/directory/availability';
import type { PhoneKind } from '@/lib/directory/phone';

/** Everything a page needs to show one spokesperson and let a journalist call them. */
export type ContactCard = {
  id: number;
  slug: string;
  fullName: string;
  localName: string | null;
  role: string;
  organisation: string;
  email: string | null;
  bio: string;
  confirmedAt: number | null;
  city: { slug: string; name: string; country: string; timeZone: string };
  languages: string[];
  phones: CardPhone[];
  hours: HoursSlot[];
  leave: { onLeave: boolean; returnsOn: string | null };
  delegate: { slug: string; fullName: string; phones: CardPhone[] } | null;
};

export type CardPhone = { kind: PhoneKind; e164: string; extension: string | null };

/** The relational query shape that `toContactCard` reads; ordering happens there. */
export const contactCardWith = {
  city: true,
  phones: true,
  languages: true,
  hours: true,
  delegate: { with: { phones: true } },
} as const;

type Row = {
  id: number;
  slug: string;
  fullName: string;
  localName: string | null;
  role: string;
  organisation: string;
  email: string | null;
  bio: string;
  confirmedAt: Date | null;
  onLeave: boolean;
  leaveReturnsOn: string | null;
  city: { slug: string; name: string; country: string; timeZone: string };
  phones: { kind: PhoneKind; e164: string; extension: string | null; position: number }[];
  languages: { tag: string; position: number }[];
  hours: { weekday: number; startMinute: number; endMinute: number }[];
  delegate: { slug: string; fullName: string; phones: { kind: PhoneKind; e164: string; extension: string | null; position: number }[] } | null;
};

const phone = (p: Row['phones'][number]): CardPhone => ({ kind: p.kind, e164: p.e164, extension: p.extension });
const byPosition = <T extends { position: number }>(xs: T[]) => [...xs].sort((a, b) => a.position - b.position);

export function toContactCard(row: Row): ContactCard {
  return {
    id: row.id,
    slug: row.slug,
    fullName: row.fullName,
    localName: row.localName,
    role: row.role,
    organisation: row.organisation,
    email: row.email,
    bio: row.bio,
    confirmedAt: row.confirmedAt ? row.confirmedAt.getTime() : null,
    city: { slug: row.city.slug, name: row.city.name, country: row.city.country, timeZone: row.city.timeZone },
    languages: byPosition(row.languages).map((l) => l.tag),
    phones: byPosition(row.phones).map(phone),
    hours: row.hours.map((h) => ({ weekday: h.weekday, startMinute: h.startMinute, endMinute: h.endMinute })),
    leave: { onLeave: row.onLeave, returnsOn: row.leaveReturnsOn },
    delegate: row.delegate
      ? { slug: row.delegate.slug, fullName: row.delegate.fullName, phones: byPosition(row.delegate.phones).map(phone) }
      : null,
  };
}
