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
  /** The language `role` and `bio` are written in: the reader's, or English when there is no translation */
  textLang: { role: string; bio: string };
  confirmedAt: number | null;
  /** With its press desk: the number to call when nobody listed can take a call */
  city: { slug: string; name: string; country: string; timeZone: string; deskEmail: string; dutyPhone: string };
  languages: string[];
  phones: CardPhone[];
  hours: HoursSlot[];
  leave: { onLeave: boolean; returnsOn: string | null };
  delegate: CardDelegate | null;
};

/** The colleague who takes someone's calls while they are away, with their own hours and status. */
export type CardDelegate = {
  slug: string;
  fullName: string;
  phones: CardPhone[];
  timeZone: string;
  citySlug: string;
  cityName: string;
  hours: HoursSlot[];
  leave: { onLeave: boolean; returnsOn: string | null };
  active: boolean;
};

export type CardPhone = { kind: PhoneKind; e164: string; extension: string | null };

/** The relational query shape that `toContactCard` reads; ordering happens there. */
export const contactCardWith = {
  city: true,
  phones: true,
  languages: true,
  hours: true,
  delegate: { with: { phones: true, hours: true, city: true } },
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
  city: { slug: string; name: string; country: string; timeZone: string; deskEmail: string; dutyPhone: string };
  phones: { kind: PhoneKind; e164: string; extension: string | null; position: number }[];
  languages: { tag: string; position: number }[];
  hours: { weekday: number; startMinute: number; endMinute: number }[];
  delegate: {
    slug: string;
    fullName: string;
    active: boolean;
    onLeave: boolean;
    leaveReturnsOn: string | null;
    phones: { kind: PhoneKind; e164: string; extension: string | null; position: number }[];
    hours: { weekday: number; startMinute: number; endMinute: number }[];
    city: { slug: string; name: string; timeZone: string };
  } | null;
};

const slots = (hours: Row['hours']): HoursSlot[] =>
  hours.map((h) => ({ weekday: h.weekday, startMinute: h.startMinute, endMinute: h.endMinute }));

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
    textLang: { role: 'en', bio: 'en' },
    confirmedAt: row.confirmedAt ? row.confirmedAt.getTime() : null,
    city: {
      slug: row.city.slug,
      name: row.city.name,
      country: row.city.country,
      timeZone: row.city.timeZone,
      deskEmail: row.city.deskEmail,
      dutyPhone: row.city.dutyPhone,
    },
    languages: byPosition(row.languages).map((l) => l.tag),
    phones: byPosition(row.phones).map(phone),
    hours: slots(row.hours),
    leave: { onLeave: row.onLeave, returnsOn: row.leaveReturnsOn },
    delegate: row.delegate
      ? {
          slug: row.delegate.slug,
          fullName: row.delegate.fullName,
          phones: byPosition(row.delegate.phones).map(phone),
          timeZone: row.delegate.city.timeZone,
          citySlug: row.delegate.city.slug,
          cityName: row.delegate.city.name,
          hours: slots(row.delegate.hours),
          leave: { onLeave: row.delegate.onLeave, returnsOn: row.delegate.leaveReturnsOn },
          active: row.delegate.active,
        }
      : null,
  };
}
