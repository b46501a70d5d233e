const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "ru" → "Russian", "fr-CH" → "Swiss French"; an unknown tag is shown as written. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
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
