import { canonicalLanguageTag } from '../directory/languages';

/** Languages a press officer is likely to list, named in the five languages the mapping step reads. */
const COMMON = ['ar', 'zh', 'en', 'fr', 'de', 'es', 'ru', 'pt', 'it', 'ja', 'ko', 'tr', 'fa', 'uk', 'sw', 'hi', 'nl'];
const DISPLAY = ['en', 'fr', 'de', 'es', 'ru'];

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

const KNOWN = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const BY_NAME = new Map<string, string>();
for (const locale of DISPLAY) {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  for (const tag of COMMON) {
    const name = names.of(tag);
    if (name) BY_NAME.set(fold(name), tag);
  }
}

/**
 * "English, French", "en; fr-CH", "Русский / английский" → BCP 47 tags, in order, once each; what is
 * neither a language name nor a tag is returned apart, to be shown.
 */
export function readLanguages(text: string): { tags: string[]; unknown: string[] } {
  const tags: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;/|+]|\s+(?:and|et|und|y|и)\s+/)) {
    const word = part.trim();
    if (!word) continue;
    const asTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(word) ? canonicalLanguageTag(word) : null;
    const tag = BY_NAME.get(fold(word)) ?? (asTag && KNOWN.of(asTag) ? asTag : null);
    if (!tag) unknown.push(word.slice(0, 40));
    else if (!tags.includes(tag)) tags.push(tag);
  }
  return { tags, unknown };
}
