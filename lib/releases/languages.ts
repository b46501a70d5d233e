/**
 * The languages a release can be written in: BCP 47 primary subtags of the languages press offices most often
 * publish in. Their names come from the runtime's CLDR data, in the language the reader reads.
 */
/** English names for the staff form: fixed text, so the server's and the browser's CLDR data cannot disagree. */
const ENGLISH_NAMES = {
  en: 'English',
  fr: 'French',
  ru: 'Russian',
  es: 'Spanish',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
  ar: 'Arabic',
  zh: 'Chinese',
  ja: 'Japanese',
  ko: 'Korean',
  uk: 'Ukrainian',
  pl: 'Polish',
  nl: 'Dutch',
  tr: 'Turkish',
  fa: 'Persian',
  hi: 'Hindi',
  ur: 'Urdu',
  bn: 'Bangla',
  sw: 'Swahili',
  am: 'Amharic',
  ha: 'Hausa',
  id: 'Indonesian',
  ms: 'Malay',
  th: 'Thai',
  vi: 'Vietnamese',
  he: 'Hebrew',
  el: 'Greek',
  sv: 'Swedish',
  no: 'Norwegian',
  da: 'Danish',
  fi: 'Finnish',
  cs: 'Czech',
  sk: 'Slovak',
  hu: 'Hungarian',
  ro: 'Romanian',
  bg: 'Bulgarian',
  sr: 'Serbian',
  hr: 'Croatian',
  ka: 'Georgian',
  hy: 'Armenian',
  az: 'Azerbaijani',
  kk: 'Kazakh',
  uz: 'Uzbek',
  ky: 'Kyrgyz',
  tg: 'Tajik',
  ps: 'Pashto',
  my: 'Burmese',
} as const;

export const RELEASE_LANGUAGES = Object.keys(ENGLISH_NAMES) as (keyof typeof ENGLISH_NAMES)[];
export type ReleaseLanguage = keyof typeof ENGLISH_NAMES;

export function isReleaseLanguage(value: unknown): value is ReleaseLanguage {
  return typeof value === 'string' && (RELEASE_LANGUAGES as readonly string[]).includes(value);
}

/** "Russian" in English, "русский" in Russian; the code itself when the runtime knows no name. */
export function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in itself ("Русский", "Français"), capitalised as a link or menu item starts. */
export function languageEndonym(code: string): string {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The staff form's options, English names in alphabetical order: [code, "Russian (ru)"]. */
export function languageOptions(): [string, string][] {
  return RELEASE_LANGUAGES.map((code): [string, string] => [code, `${ENGLISH_NAMES[code]} (${code})`]).sort((a, b) =>
    a[1].localeCompare(b[1], 'en'),
  );
}
