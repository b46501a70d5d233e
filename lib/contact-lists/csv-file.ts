import Papa from 'papaparse';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parsePhone, type PhoneKind } from '../directory/phone';
import { lookUpCity } from '../release-import/city-proposals';
import { normaliseName } from '../slug';
import { MAX_LISTED_PEOPLE, type ListedPerson, type ListedPhone, type Refusal } from './vcard-file';
import { CSV_FIELDS, type CsvField } from './csv-fields';
import { readLanguages } from './languages';

export { CSV_FIELDS, type CsvField };

/**
 * A press office's contact list exported as a spreadsheet (Outlook, Google Contacts, Apple, Excel): comma,
 * semicolon or tab separated, quoted fields, UTF-8 with or without a BOM, read with papaparse. Each column is
 * mapped to a field by a person (guessed first from its header, in English, French, German, Spanish or
 * Russian); the rows then become the same people a vCard file gives, for the same review step.
 */
export type CsvTable = { header: string[]; rows: string[][] };
export type CsvRead = { ok: true; table: CsvTable } | { ok: false; error: string };

export function readCsv(input: string): CsvRead {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, error: 'The file is empty.' };
  // delimiter '' lets papaparse choose among comma, semicolon, tab and pipe from the first rows.
  const parsed = Papa.parse<string[]>(text, { delimiter: '', skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken)
    return {
      ok: false,
      error: `Row ${(broken.row ?? 0) + 1} has a quotation mark that is never closed. Export the list again as CSV.`,
    };
  if (rows.length < 2) return { ok: false, error: 'The file needs a header row and at least one person.' };
  if (rows.length - 1 > MAX_LISTED_PEOPLE)
    return {
      ok: false,
      error: `This file holds ${rows.length - 1} rows; import at most ${MAX_LISTED_PEOPLE} people at a time.`,
    };
  const header = rows[0]!.map((h) => h.trim());
  if (header.length > 60) return { ok: false, error: 'The file has more than 60 columns. Is it a contact list?' };
  return { ok: true, table: { header, rows: rows.slice(1) } };
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Header words in English, French, German, Spanish and Russian, as Outlook, Google Contacts and Apple write them
 * ("E-mail Address", "Mobile Phone", "Phone 1 - Value", "Adresse e-mail", "Mobiltelefon", "Teléfono móvil",
 * "Телефон"). Order matters: the first pattern that matches wins, so "mobile phone" is a mobile, not a phone.
 */
const GUESSES: [CsvField, RegExp][] = [
  // Second addresses, private numbers, faxes and the "Type" columns Google writes beside each value.
  [
    'ignore',
    /\b(fax|telefax|факс|type|label|typ|tipo|тип|home|prive|privat|personnel|casa|particular|домашний)\b|\b(e ?mail|phone) [23]\b/,
  ],
  ['whatsapp', /whats ?app|вотсап|ватсап/],
  ['mobile', /mobile|\bmobil|\bcell|portable|\bhandy\b|movil|celular|мобильн|сотов/],
  ['email', /\be ?mail|courriel|messagerie|correo|почт/],
  ['phone', /phone|\btel|\bfon\b|телефон|\bтел\b/],
  ['firstName', /first name|given name|prenom|vorname|^nombre$|^имя$/],
  ['lastName', /last name|family name|surname|^nom$|nom de famille|nachname|apellido|фамилия/],
  ['name', /^name$|full name|display name|^nom complet$|nombre completo|^vollstandiger name$|^фио$|^имя и фамилия$/],
  // Outlook's bare "Title" is Mr/Ms; the job is "Job Title", "Fonction", "Position", "Puesto", "Должность".
  [
    'role',
    /job title|\bjob\b|\brole\b|fonction|poste|position|funktion|cargo|puesto|должность|роль|organi[sz]ation \d* title/,
  ],
  ['organisation', /organi[sz]a|organisme|company|societe|entreprise|firma|unternehmen|empresa|организац|компания/],
  ['city', /\bcity\b|ville|stadt|\bort\b|ciudad|город/],
  ['languages', /language|langue|sprache|idioma|язык/],
];

export function guessField(header: string): CsvField {
  const h = fold(header);
  if (!h) return 'ignore';
  return GUESSES.find(([, pattern]) => pattern.test(h))?.[0] ?? 'ignore';
}

/** One guess per column; a field guessed twice keeps its first column (e-mail 1, not e-mail 2). */
export function guessMapping(header: string[]): CsvField[] {
  const taken = new Set<CsvField>();
  return header.map((h) => {
    const field = guessField(h);
    if (field === 'ignore' || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** What is wrong with a mapping as a whole, or null. */
export function mappingProblem(mapping: CsvField[]): string | null {
  const has = (f: CsvField) => mapping.includes(f);
  if (!has('name') && !has('firstName') && !has('lastName'))
    return 'Choose the column that holds each person’s name (or first and last name).';
  if (!has('email') && !has('phone') && !has('mobile') && !has('whatsapp'))
    return 'Choose at least one column with an e-mail address or a phone number.';
  return null;
}

/** "poste 123", "Durchwahl 123", "extensión 123", "доб. 123" → " ext. 123", which parsePhone reads. */
const extensionWords = (raw: string) =>
  raw.replace(/\s*(?:poste|durchwahl|dw|extensi[oó]n|ext|доб(?:авочный)?)\.?\s*:?\s*(\d{1,6})\s*$/iu, ' ext. $1');

const KIND: Partial<Record<CsvField, PhoneKind>> = { phone: 'office', mobile: 'mobile', whatsapp: 'whatsapp' };

/**
 * The people of a mapped table, numbered by spreadsheet row (the header is row 1). `regionOf` gives the
 * country a row's numbers are dialled from when written without their country code: the row's city, else
 * the city chosen for the whole file.
 */
export function mapCsvRows(
  table: CsvTable,
  mapping: CsvField[],
  regionOf: (city: string | null) => string | undefined,
): { people: ListedPerson[]; refused: Refusal[] } {
  const people: ListedPerson[] = [];
  const refused: Refusal[] = [];
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const all = (field: CsvField) =>
      mapping.map((f, i) => (f === field ? (cells[i] ?? '').replace(/\s+/g, ' ').trim() : '')).filter(Boolean);
    const first = (field: CsvField) => all(field)[0] ?? '';
    const fullName = first('name') || [first('firstName'), first('lastName')].filter(Boolean).join(' ');
    const emails = all('email')
      .flatMap((e) => e.split(/[\s,;]+/))
      .filter(Boolean);
    const label = (fullName || emails[0] || cells.find((c) => c.trim()) || `row ${row}`).slice(0, 120);
    if (!cells.some((c) => c.trim())) return;
    if (!fullName) return void refused.push({ card: row, label, reason: 'No name in this row.' });
    const city = first('city') || null;
    const region = regionOf(city);
    const phones: ListedPhone[] = [];
    const problems: string[] = [];
    for (const field of ['mobile', 'whatsapp', 'phone'] as const) {
      for (const raw of all(field)) {
        const result = parsePhone(extensionWords(raw), region);
        if (!result.ok) {
          problems.push(`${raw}: ${result.error}`);
          continue;
        }
        const { e164, extension } = result.phone;
        // A number both mobile and WhatsApp is kept twice, as the directory lists it; a "Phone" repeating one is not.
        if (phones.some((x) => x.e164 === e164 && (field === 'phone' || x.kind === KIND[field]))) continue;
        // A "Phone" column says nothing of the kind: libphonenumber knows a mobile number when it sees one.
        const kind =
          field === 'phone' && parsePhoneNumberFromString(e164)?.getType() === 'MOBILE' ? 'mobile' : KIND[field]!;
        phones.push({ e164, kind, extension });
      }
    }
    const email = emails.find((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e) && e.length <= 254) ?? null;
    if (emails.length && !email) problems.push(`${emails[0]}: not an e-mail address`);
    const languages = readLanguages(all('languages').join(', '));
    problems.push(...languages.unknown.map((l) => `${l}: not a language Pressline knows`));
    if (!email && !phones.length) {
      refused.push({
        card: row,
        label,
        reason: `No e-mail address and no number to call${problems.length ? ` (${problems.join('; ')})` : ''}: a journalist could not reach them.`,
      });
      return;
    }
    people.push({
      card: row,
      fullName: fullName.slice(0, 120),
      organisation: first('organisation').slice(0, 120),
      role: first('role').slice(0, 120),
      email,
      phones: phones.slice(0, 10),
      city,
      languages: languages.tags.slice(0, 10),
      problems: problems.slice(0, 10).map((p) => p.slice(0, 300)),
    });
  });
  return { people, refused };
}

type KnownCity = { name: string; localName: string | null; country: string };

/**
 * The country a row's numbers are dialled in: its city as Pressline knows it (English or local name),
 * else as the gazetteer does, else the country of the city chosen for the whole file.
 */
export function regionFinder(known: KnownCity[], fallback?: string) {
  const key = (s: string) => normaliseName(s);
  const byName = new Map<string, string>();
  for (const c of known) {
    byName.set(key(c.name), c.country);
    if (c.localName) byName.set(key(c.localName), c.country);
  }
  return (city: string | null) => (city ? (byName.get(key(city)) ?? lookUpCity(city)?.country) : undefined) ?? fallback;
}
