import type { PhoneKind } from '../directory/phone';

/** What a release says about a number: the kinds of the import's command-line contract. */
export type ReleasePhoneKind = 'mobile' | 'landline' | 'fax' | 'whatsapp' | null;

/** The directory's kind for a number read from a release: a landline is an office line there. */
export function toDirectoryKind(kind: ReleasePhoneKind): PhoneKind | null {
  return kind === 'landline' ? 'office' : kind;
}

export type ReleasePhone = {
  /** The number as printed, extension included, label left out. */
  raw: string;
  e164: string | null;
  /** From the label printed beside the number, else from the number itself; null when neither says. */
  kind: ReleasePhoneKind;
};

export type ReleaseContact = {
  city: string | null;
  /** null for a desk or mailbox with no person behind it */
  name: string | null;
  role: string | null;
  phones: ReleasePhone[];
  emails: string[];
  /** Languages spoken, best hours and other remarks printed beside the contact. */
  notes: string[];
};

export type ParsedRelease = {
  /** First non-empty line of a whole release; null when the input is only a contacts block. */
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  dateline: string[];
  contacts: ReleaseContact[];
  warnings: string[];
};

export type KnownCity = { name: string; country: string };

export type ParseReleaseOptions = {
  /** Cities the press office already knows; they win over the built-in table. */
  knownCities?: KnownCity[];
};
