import { describeWeek, type HoursSlot } from './availability';
import { formatInternational, PHONE_KIND_LABELS, type PhoneKind } from './phone';
import type { Snapshot } from '../audit-diff';

export type ContactDetails = {
  fullName: string;
  localName: string | null;
  role: string;
  cityId: number;
  email: string | null;
  languages: string[];
  phones: { kind: PhoneKind; e164: string; extension: string | null }[];
  hours: HoursSlot[];
  onLeave: boolean;
  leaveReturnsOn: string | null;
  delegateId: number | null;
  /** Role and short bio for Russian and French readers; empty = they see the English role (and bio) */
  translations?: ContactTexts;
};

export const TEXT_LOCALES = ['ru', 'fr'] as const;
export type ContactTexts = Record<(typeof TEXT_LOCALES)[number], { role: string; bio: string }>;
export const NO_TEXTS: ContactTexts = { ru: { role: '', bio: '' }, fr: { role: '', bio: '' } };

/** Names for the ids a contact points to, so the log reads "Geneva", not "2". */
export type Names = { city: (id: number) => string; contact: (id: number) => string };

/** What the audit log records for a contact: one readable line per field. */
export function contactSnapshot(d: ContactDetails, names: Names): Snapshot {
  return {
    fullName: d.fullName,
    localName: d.localName,
    role: d.role,
    city: names.city(d.cityId),
    email: d.email,
    languages: d.languages.join(', '),
    phones: d.phones
      .map(
        (p) =>
          `${PHONE_KIND_LABELS[p.kind]} ${formatInternational(p.e164)}${p.extension ? ` ext. ${p.extension}` : ''}`,
      )
      .join('; '),
    hours: d.hours.length ? describeWeek(d.hours) : null,
    onLeave: d.onLeave ? 'yes' : 'no',
    leaveReturnsOn: d.leaveReturnsOn,
    delegate: d.delegateId === null ? null : names.contact(d.delegateId),
    ...(d.translations && {
      roleRu: d.translations.ru.role,
      bioRu: d.translations.ru.bio,
      roleFr: d.translations.fr.role,
      bioFr: d.translations.fr.bio,
    }),
  };
}

export const CONTACT_FIELD_LABELS: Record<string, string> = {
  fullName: 'Full name',
  localName: 'Name in local script',
  role: 'Role',
  city: 'City',
  email: 'E-mail',
  languages: 'Languages',
  phones: 'Phone numbers',
  hours: 'Weekly hours',
  onLeave: 'On leave',
  leaveReturnsOn: 'Back on',
  delegate: 'Delegate',
  roleRu: 'Role in Russian',
  bioRu: 'Short bio in Russian',
  roleFr: 'Role in French',
  bioFr: 'Short bio in French',
  confirmedAt: 'Details confirmed',
  active: 'Active',
  successor: 'Successor',
};
