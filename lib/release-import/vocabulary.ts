import { allWords } from './languages';
import { wordsPattern } from './text';

// Every pattern here is built from the language modules in ./languages: adding a language adds its words.

/** Words that make a fragment a job title or a desk. German compounds are matched inside words. */
export const ROLE_RE = new RegExp(wordsPattern([...allWords('roles'), ...allWords('desks')]), 'iu');

/** A desk or mailbox rather than a person's title. */
export const DESK_RE = new RegExp(wordsPattern(allWords('desks')), 'iu');

/** Organisations, printed where a title would be ("Jane Doe, Russian Red Cross"). */
export const ORGANISATION_RE = new RegExp(wordsPattern(allWords('organisations')), 'iu');

const LANGUAGE_RE = new RegExp(`^(?:${allWords('languageNames').join('|')})$`, 'iu');
const LANGUAGE_CODE_RE = /^(?:EN|FR|ES|DE|RU|AR|ZH|PT|IT|UK)$/;
const LIST_JOINERS = allWords('joiners').filter((j) => /^\p{L}+$/u.test(j));

/** "English, French", "EN/FR", "anglais et français": nothing but languages. */
export function isLanguageList(text: string): boolean {
  const parts = text
    .split(new RegExp(String.raw`\s*(?:[,/&+]|\s(?:${LIST_JOINERS.join('|')}|e)\s)\s*`, 'iu'))
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => LANGUAGE_RE.test(p) || LANGUAGE_CODE_RE.test(p));
}

export const NOTE_RE = new RegExp(
  `${wordsPattern(allWords('notes'))}|\\d{1,2}[:h.]\\d{2}|\\d{1,2}\\s?[ap]\\.?m\\.?`,
  'iu',
);

/** What introduces a name in running text: "please contact", "or", "bitte wenden Sie sich an". */
export const LEADING_FILLER_RE = new RegExp(
  `^(?:${[...allWords('callVerbs'), ...allWords('joiners'), ...allWords('alsoWords')].join('|')})(?:\\s+|$)`,
  'iu',
);

/** "the media desk", "le service de presse": articles belong to prose, not to the role. */
export const ARTICLE_RE = new RegExp(
  `^(?:(?:${allWords('articles')
    .filter((a) => !a.endsWith('’]'))
    .join('|')})\\s+|l['’])`,
  'iu',
);

/** "Best regards", "Freundliche Grüsse": a closing above a signature, never a name. */
export const CLOSING_RE = new RegExp(`^(?:${allWords('closings').join('|')})[,.!]?$`, 'iu');

/** A street or building word of any language: with a number beside it, the line is a postal address. */
export const ADDRESS_WORD_RE = new RegExp(wordsPattern(allWords('addressWords')), 'iu');

/** "To reach her, contact Jane Doe": what comes before a name at the end of a sentence. */
export const CONTACT_BEFORE_NAME_RE = new RegExp(
  String.raw`^.*?${wordsPattern(allWords('callVerbs'))}\s+(?=\p{Lu})`,
  'iu',
);

export const TRAILING_FILLER_RE = new RegExp(`\\s+(?:${allWords('trailingPrepositions').join('|')})$`, 'iu');

/** "(WhatsApp only)", "(nur Mobil)": words that limit a label in brackets. */
export const ONLY = allWords('only').join('|');

/** Any joiner, as a regular-expression alternation ("or", "oder", "und", "&"). */
export const JOINERS = allWords('joiners').join('|');

/** Courtesy titles people print before a name; "Dr." stays, it says something. */
export const COURTESY_RE = new RegExp(`^(?:${allWords('courtesyTitles').join('|')})\\.?\\s+(?=\\p{Lu})`, 'u');
