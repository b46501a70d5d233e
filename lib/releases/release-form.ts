import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors, type FormValues } from '../forms/form-state';
import { normaliseLine, normaliseText } from '../text/normalise';
import { languageName, RELEASE_LANGUAGES } from './languages';

export const BLANK_CONTACT_ROWS = 3;
export const MAX_CONTACT_ROWS = 30;

export type ReleaseInput = {
  title: string;
  publishedOn: string;
  dateline: string[];
  summary: string;
  body: string;
  /** Boilerplate kept apart from the body ("About us", "Notes to editors"); left as it was when absent */
  about?: string;
  /** In printed order; the label is the city heading the contact appears under */
  contacts: { contactId: number; cityLabel: string }[];
  /** The BCP 47 primary subtag the release is written in; left as it was when absent ('en' for a new one) */
  language?: string;
  /**
   * A release this one is a translation of (it joins that release's group), null to be no one's translation,
   * left as it was when absent.
   */
  translationOf?: number | null;
};

/** The translation select's value for "not a translation"; an absent field ('') leaves the link as it was. */
export const NOT_A_TRANSLATION = 'none';

/** What the form needs to know about the release a translation is linked to. */
export type TranslationTarget = {
  title: string;
  /** The languages of the releases already in its group, itself included, the edited release left out */
  languages: string[];
};

export const releaseLanguage = z.union([
  z.literal(''),
  z.enum(RELEASE_LANGUAGES, 'Choose the language the release is written in.'),
]);

export type ParsedReleaseForm =
  { ok: true; input: ReleaseInput } | { ok: false; fieldErrors: FieldErrors; values: FormValues };

export const releaseScalars = z.object({
  title: z.string().overwrite(normaliseLine).min(1, 'Enter a title.').max(300, 'Keep the title under 300 characters.'),
  publishedOn: z.iso.date('Enter the date printed on the release.'),
  dateline: z
    .string()
    .overwrite(normaliseLine)
    .min(1, 'Enter where the release is datelined, e.g. Moscow/Geneva.')
    .max(200),
  summary: z.string().overwrite(normaliseText).max(1000, 'Keep the summary under 1000 characters.'),
  body: z.string().overwrite(normaliseText).max(50_000, 'The body is too long (50,000 characters at most).'),
});

export const MAX_ABOUT = 5000;
/** The "About" note: plain text, paragraphs kept, shown under the body on the public page. */
export const releaseAbout = z
  .string()
  .overwrite(normaliseText)
  .max(MAX_ABOUT, `Keep the About note under ${MAX_ABOUT.toLocaleString('en')} characters.`);

/** `contactCity` gives the city name of a contact, or undefined when there is no such contact. */
export function parseReleaseForm(
  read: (name: string) => string,
  contactCity: (id: number) => string | undefined,
  translation: {
    /** The edited release's id; null for a new one */
    releaseId: number | null;
    /** The release a translation would be linked to, or undefined when there is no such release */
    target: (id: number) => TranslationTarget | undefined;
  } = { releaseId: null, target: () => undefined },
): ParsedReleaseForm {
  const values: FormValues = {};
  for (const key of Object.keys(releaseScalars.shape)) values[key] = read(key);
  const rows = Math.min(MAX_CONTACT_ROWS, Math.max(0, Number(read('contactRows')) || 0));
  values.contactRows = String(rows);
  values.about = read('about');
  values.language = read('language');
  values.translationOf = read('translationOf');
  const parsed = releaseScalars.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const about = releaseAbout.safeParse(values.about);
  if (!about.success) fieldErrors.about = about.error.issues[0]!.message;
  const language = releaseLanguage.safeParse(values.language.trim());
  if (!language.success) fieldErrors.language = language.error.issues[0]!.message;
  const translationOf = parseTranslationOf(values.translationOf, language.data || undefined, translation);
  if (typeof translationOf === 'string') fieldErrors.translationOf = translationOf;

  const contacts: ReleaseInput['contacts'] = [];
  for (let i = 0; i < rows; i++) {
    const idText = (values[`contacts.${i}.contactId`] = read(`contacts.${i}.contactId`)).trim();
    const label = normaliseLine((values[`contacts.${i}.label`] = read(`contacts.${i}.label`)));
    if (!idText) {
      if (label) fieldErrors[`contacts.${i}.contactId`] = 'Choose who is listed under this label, or clear the label.';
      continue;
    }
    const id = Number(idText);
    const city = Number.isInteger(id) ? contactCity(id) : undefined;
    if (city === undefined) fieldErrors[`contacts.${i}.contactId`] = 'Choose a contact from the list.';
    else if (contacts.some((c) => c.contactId === id))
      fieldErrors[`contacts.${i}.contactId`] = 'This contact is listed twice.';
    else if (label.length > 80) fieldErrors[`contacts.${i}.label`] = 'Keep the label under 80 characters.';
    // A blank label means the contact's own city, as most releases print it.
    else contacts.push({ contactId: id, cityLabel: label || city });
  }
  if (!parsed.success || !about.success || Object.keys(fieldErrors).length) return { ok: false, fieldErrors, values };
  const d = parsed.data;
  return {
    ok: true,
    input: {
      title: d.title,
      publishedOn: d.publishedOn,
      dateline: d.dateline
        .split('/')
        .map((s) => s.trim())
        .filter(Boolean),
      summary: d.summary,
      body: d.body.replace(/\r\n/g, '\n'),
      about: about.data,
      contacts,
      language: language.data || undefined,
      translationOf: translationOf as number | null | undefined,
    },
  };
}

/** The linked release's id, null to unlink, undefined to leave as it was, or the field's error message. */
function parseTranslationOf(
  text: string,
  language: string | undefined,
  { releaseId, target }: { releaseId: number | null; target: (id: number) => TranslationTarget | undefined },
): number | null | undefined | string {
  const value = text.trim();
  if (value === '') return undefined;
  if (value === NOT_A_TRANSLATION) return null;
  const id = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  const found = Number.isSafeInteger(id) && id !== releaseId ? target(id) : undefined;
  if (!found) return 'Choose a release from the list, or “Not a translation”.';
  // "Also in: English · English" helps no reader: one version per language in a group.
  if (language && found.languages.includes(language))
    return `“${found.title}” already has a version in ${languageName(language, 'en')}. Choose this release’s own language, or another release.`;
  return id;
}

export function releaseToFormValues(r: ReleaseInput): FormValues {
  const rows = Math.min(MAX_CONTACT_ROWS, r.contacts.length + BLANK_CONTACT_ROWS);
  const values: FormValues = {
    title: r.title,
    publishedOn: r.publishedOn,
    dateline: r.dateline.join('/'),
    summary: r.summary,
    body: r.body,
    about: r.about ?? '',
    language: r.language ?? 'en',
    translationOf: r.translationOf ? String(r.translationOf) : NOT_A_TRANSLATION,
    contactRows: String(rows),
  };
  for (let i = 0; i < rows; i++) {
    values[`contacts.${i}.contactId`] = r.contacts[i] ? String(r.contacts[i]!.contactId) : '';
    values[`contacts.${i}.label`] = r.contacts[i]?.cityLabel ?? '';
  }
  return values;
}
