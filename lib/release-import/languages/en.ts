import type { Language } from './types';

export const en: Language = {
  code: 'en',
  leadIns: [
    String.raw`for (?:more|further|additional) information`,
    String.raw`to (?:arrange|request|set up) (?:an )?interviews?`,
    String.raw`for (?:interviews|comment)`,
  ],
  headings: [
    String.raw`(?:media|press) (?:contacts?|enquiries|inquiries|office)`,
    String.raw`contacts? for (?:the )?media`,
    String.raw`for media enquiries`,
    String.raw`contacts?`,
  ],
  contactVerbs: [String.raw`contact\p{L}*`],
  stops: [
    String.raw`related (?:press releases|news|content|articles|stories)`,
    String.raw`notes? (?:to|for) (?:the )?editors?`,
    String.raw`about\b`,
    String.raw`-? ?ends ?-?$`,
    String.raw`follow us\b`,
    String.raw`source ?:`,
    String.raw`tags? ?:`,
  ],
  labels: {
    fax: [String.raw`(?:tele)?fax`, String.raw`\(f\)`, String.raw`f(?=\s*:)`],
    mobile: [String.raw`mob(?:ile|\.)?`, String.raw`cell(?:phone|ular)?\.?`, 'gsm', String.raw`\(m\)`, String.raw`m(?=\s*:)`, 'signal'],
    landline: [
      String.raw`(?<=^|[,;(\[|\/:]\s*)office`, String.raw`direct(?:\s+line)?`, 'landline', String.raw`\(o\)`, String.raw`o(?=\s*:)`,
    ],
    whatsapp: [String.raw`whats\s?app`],
    duty: [
      String.raw`(?:24\s?\/\s?7\s*)?(?:duty|on[- ]call)\s+(?:phone|line|number|telephone|mobile)`,
      String.raw`24\s?\/\s?7(?:\s+(?:line|number|phone))?`,
      'hotline',
    ],
    phone: ['telephone', 'phone', String.raw`tel\.?`, String.raw`ph\.`, String.raw`t(?=\s*:)`, String.raw`p(?=\s*:)`],
  },
  emailLabels: [String.raw`e-?mail`, 'mail', 'mailto', String.raw`e(?=\s*:)`],
  joiners: ['or', 'and', '&'],
  roles: [
    String.raw`spokes(?:person|woman|man|people)`, 'officer', 'manager', 'head', 'director', String.raw`advis[eo]r`,
    'coordinator', String.raw`communications?`, 'media', 'press', 'relations', 'chief', 'lead', 'delegate', 'secretary',
    'president', 'assistant', 'specialist', 'editor', 'representative', 'deputy', 'senior', 'associate', 'general',
  ],
  desks: ['desk', 'office', 'newsroom', 'mailbox', 'hotline', 'team', 'unit', 'service'],
  organisations: [
    'cross', 'crescent', 'nations', 'programme', 'program', String.raw`organi[sz]ation`, 'federation', 'society',
    'ministry', 'agency', 'fund', 'council', 'committee', 'commission', 'foundation', 'institute', 'university',
    'association',
  ],
  notes: [
    String.raw`speaks?`, 'speaking', 'spoken', String.raw`languages?`, 'available', 'availability', 'reachable', 'best',
    'hours', 'time zone', 'only', 'after', 'before', 'between', 'until', String.raw`weekdays?`, String.raw`weekends?`,
    String.raw`CES?T`, 'GMT', 'UTC', 'EAT', 'MSK', String.raw`E[SD]T`, 'BST', 'voicemail', 'texts',
  ],
  languageNames: [
    'english', 'french', 'spanish', 'german', 'russian', 'arabic', 'chinese', 'portuguese', 'italian', 'ukrainian',
    'swahili',
  ],
  courtesyTitles: [String.raw`[Mm]rs?`, '[Mm]s', 'Miss'],
  articles: ['the', 'our'],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
    jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  closings: [String.raw`(?:best|kind|warm)? ?regards`, 'sincerely', 'yours'],
  addressWords: ['street', 'road', 'avenue', 'boulevard', String.raw`st\.`, String.raw`rd\.`, 'floor', 'suite', 'via', 'p\.?o\.? box'],
  regions: [],
  cityNames: {
    Washington: 'Washington, D.C.', 'Washington DC': 'Washington, D.C.', 'Washington D.C.': 'Washington, D.C.',
    'Saint Petersburg': 'St. Petersburg', Kiev: 'Kyiv', Grozny: 'Groznyy',
  },
  notCities: ['Mobile', 'Lead', 'Best', 'Nice', 'Male', 'Sale', 'Bath', 'Reading', 'Bend', 'Split', 'Orange', 'Media'],
};
