const cache = new Map<string, Intl.DisplayNames>();
function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let names = cache.get(key);
  if (!names) cache.set(key, (names = new Intl.DisplayNames([locale], { type, fallback: 'code' })));
  return names;
}

/**
 * A language's name in the reader's language: "ru" → "Russian" / "русский" / "russe", "fr-CH" → "Swiss French";
 * an unknown tag is shown as written.
 */
export function languageName(tag: string, locale = 'en'): string {
  try {
    return displayNames(locale, 'language').of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The languages someone speaks, in the reader's language and in their order of preference, comma-separated
 * as a list of facts ("русский, английский"; "russe, anglais"), not a sentence with "and".
 */
export function languageList(tags: string[], locale = 'en'): string {
  return tags.map((tag) => languageName(tag, locale)).join(', ');
}

/** A country's name in the reader's language: "CH" → "Switzerland" / "Швейцария" / "Suisse". */
export function countryName(code: string, locale = 'en'): string {
  try {
    return displayNames(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

/** BCP 47 as browsers canonicalise it ("EN-gb" → "en-GB"), or null when it is not a language tag. */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}
