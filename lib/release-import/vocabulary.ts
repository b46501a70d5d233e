import { wordsPattern } from './text';

/** Words that make a fragment a job title or a desk. German compounds are matched inside words. */
export const ROLE_RE = new RegExp(
  wordsPattern([
    'spokes(?:person|woman|man|people)', 'officer', 'manager', 'head', 'director', 'advis[eo]r', 'coordinator',
    'communications?', 'media', 'press', 'relations', 'chief', 'lead', 'delegate', 'secretary', 'president',
    'assistant', 'specialist', 'editor', 'representative', 'deputy', 'senior', 'associate', 'general',
    'porte-parole', 'charg[ée]e?', 'responsable', 'attach[ée]e?', 'directeur', 'directrice', 'cheff?e?',
    'conseill(?:er|[èe]re)', 'communication', 'presse', 'm[ée]dias?', 'd[ée]l[ée]gu[ée]e?', 'coordinat(?:eur|rice)',
    '\\p{L}*(?:sprecher|referent|leiter|kommunikation|beauftragte)\\p{L}*', 'presse\\p{L}+', 'medien\\p{L}*',
    'portavoz', 'jef[ae]', 'comunicaci[óo]n', 'prensa', 'oficial', 'directora?', 'coordinadora?', 'encargad[oa]',
    'asesora?', 'medios', 'relaciones',
    ...['desk', 'office', 'newsroom', 'mailbox', 'hotline', 'team', 'unit', 'service', 'bureau', 'cellule'],
    ...['b[üu]ro', 'gabinete', 'oficina', 'departamento'],
  ]),
  'iu',
);

/** A desk or mailbox rather than a person's title. */
export const DESK_RE = new RegExp(
  wordsPattern(['desk', 'office', 'newsroom', 'mailbox', 'hotline', 'service', 'bureau', 'cellule', 'team', 'unit',
    '\\p{L}*stelle', 'presseb[üu]ro', 'gabinete', 'oficina']),
  'iu',
);

/** Organisations, printed where a title would be ("Jane Doe, Russian Red Cross"). */
export const ORGANISATION_RE = new RegExp(
  wordsPattern(['cross', 'crescent', 'nations', 'programme', 'program', 'organi[sz]ation', 'federation', 'society',
    'ministry', 'agency', 'fund', 'council', 'committee', 'commission', 'foundation', 'institute', 'university',
    'association', 'croix-rouge', 'f[ée]d[ée]ration', 'soci[ée]t[ée]', 'comit[ée]', '\\p{L}*kreuz', 'cruz', 'roja']),
  'iu',
);

const LANGUAGE = [
  'english', 'french', 'spanish', 'german', 'russian', 'arabic', 'chinese', 'portuguese', 'italian', 'ukrainian',
  'swahili', 'anglais', 'fran[çc]ais', 'espagnol', 'allemand', 'russe', 'arabe', 'italien', 'englisch',
  'franz[öo]sisch', 'spanisch', 'deutsch', 'russisch', 'arabisch', 'italienisch', 'ingl[ée]s', 'franc[ée]s',
  'espa[ñn]ol', 'alem[áa]n', 'ruso', '[áa]rabe', 'italiano',
];
const LANGUAGE_RE = new RegExp(`^(?:${LANGUAGE.join('|')})$`, 'iu');
const LANGUAGE_CODE_RE = /^(?:EN|FR|ES|DE|RU|AR|ZH|PT|IT|UK)$/;

/** "English, French", "EN/FR", "anglais et français": nothing but languages. */
export function isLanguageList(text: string): boolean {
  const parts = text.split(/\s*(?:[,/&+]|\s(?:and|et|und|y|or|ou|oder|e)\s)\s*/iu).filter(Boolean);
  return parts.length > 0 && parts.every((p) => LANGUAGE_RE.test(p) || LANGUAGE_CODE_RE.test(p));
}

export const NOTE_RE = new RegExp(
  `${wordsPattern([
    'speaks?', 'speaking', 'spoken', 'languages?', 'available', 'availability', 'reachable', 'best', 'hours',
    'time zone', 'only', 'after', 'before', 'between', 'until', 'weekdays?', 'weekends?',
    'CES?T', 'GMT', 'UTC', 'EAT', 'MSK', 'E[SD]T', 'BST',
    'parle', 'langues?', 'disponible', 'joignable', 'uniquement', 'apr[èe]s', 'avant', "jusqu'(?:au|à)", 'semaine',
    'spricht', 'sprachen?', 'erreichbar', 'nur', 'zwischen', 'bis', 'werktags',
    'habla', 'idiomas?', 'solo', 'sólo', 'despu[ée]s', 'antes', 'hasta', 'horario', 'entre',
  ])}|\\d{1,2}[:h.]\\d{2}|\\d{1,2}\\s?[ap]\\.?m\\.?`,
  'iu',
);

/** What introduces a name in running text: "please contact", "or", "bitte wenden Sie sich an". */
export const LEADING_FILLER_RE = new RegExp(
  `^(?:${[
    '(?:please\\s+)?(?:contact|call|reach|write\\s+to)(?:\\s+us)?',
    '(?:veuillez|merci\\s+de)?\\s*contacte[rz]?', '(?:bitte\\s+)?(?:wenden\\s+sie\\s+sich\\s+an|kontaktieren\\s+sie)',
    '(?:por\\s+favor\\s+)?(?:contacte\\s+con|contactar\\s+(?:con|a)|p[oó]ngase\\s+en\\s+contacto\\s+con|llame\\s+a)',
    'and', 'or', 'et', 'ou', 'und', 'oder', 'y', 'o', 'also', 'as well as', 'sowie', 'ainsi que', 'así como',
  ].join('|')})(?:\\s+|$)`,
  'iu',
);

/** "the media desk", "le service de presse": articles belong to prose, not to the role. */
export const ARTICLE_RE = /^(?:(?:the|our|le|la|les|notre|die|der|das|unsere|el|los|nuestr[ao])\s+|l['’])/iu;

export const TRAILING_FILLER_RE = /\s+(?:at|on|au|unter|al|via|by|under|sur|par)$/iu;

/** Courtesy titles people print before a name; "Dr." stays, it says something. */
export const COURTESY_RE = /^(?:[Mm]rs?|[Mm]s|Miss|Mme|Mlle|M|Frau|Herr|Sra?|Srta)\.?\s+(?=\p{Lu})/u;
