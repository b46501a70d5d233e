/**
 * Everything one language contributes to reading a release. Patterns are regular-expression source
 * matched against folded text (lower case, accents removed: see `fold`) unless a field says otherwise;
 * adding a language means adding one file like `en.ts` and listing it in `index.ts`.
 */
export type Language = {
  code: string;
  /** Phrases that open a contacts paragraph but may go on about other things ("for more information"). */
  leadIns: string[];
  /** Headings that only ever introduce contacts ("media contacts"). */
  headings: string[];
  /** What comes before the first contact in running text ("please contact", "wenden Sie sich an"). */
  contactVerbs: string[];
  /** Lines that end the contacts block ("about", "notes to editors"). */
  stops: string[];
  /** Phone labels by kind; `phone` is a label that says nothing about the kind. */
  labels: { fax: string[]; mobile: string[]; landline: string[]; whatsapp: string[]; duty: string[]; phone: string[] };
  /** Label of an e-mail address ("courriel"). */
  emailLabels: string[];
  /** The little words of running text, frequent and rarely shared with another module ("the", "und", "des"). */
  commonWords: string[];
  /** "or", "and": between two numbers or two names. */
  joiners: string[];
  /** The joiners that offer an alternative ("or", "oder"): "Tel. and fax" is one label, "tel. or mobile" two. */
  alternatives: string[];
  /** "(WhatsApp only)": the word that limits a label in brackets. */
  only: string[];
  /** "In Moscow:", "à Genève": the words that put a city at the head of a line. */
  cityPrepositions: string[];
  /** What introduces a name in running text ("please contact", "wenden Sie sich an"), dropped before it. */
  callVerbs: string[];
  /** "also", "sowie": words that add a second person to the first. */
  alsoWords: string[];
  /** "at", "unter": what is left after a name when the number follows ("Jane Doe at +41 …"). */
  trailingPrepositions: string[];
  /** Words that make a fragment a job title; desks are roles with nobody behind them. */
  roles: string[];
  desks: string[];
  /** Words that make a fragment an organisation ("Red Cross", "ministère"). */
  organisations: string[];
  /** Remarks printed beside a contact: languages spoken, hours. */
  notes: string[];
  languageNames: string[];
  /** Courtesy titles dropped before a name (case-sensitive source). */
  courtesyTitles: string[];
  /** Articles and fillers that belong to prose, not to a role. */
  articles: string[];
  months: Record<string, number>;
  /** Letter closings printed above a signature ("Best regards"): never a name. */
  closings: string[];
  /** Words of a postal address ("Straße", "rue"): a line with one of them and a number is an address. */
  addressWords: string[];
  /**
   * Countries whose national numbers a release in this language most likely prints; a number with no other
   * hint is read in the one of them where it is valid, if only one.
   */
  regions: string[];
  /** Local or foreign names of cities, pointing at the gazetteer's name. */
  cityNames: Record<string, string>;
  /** Words that are also the name of some city but are never one in a contacts block. */
  notCities: string[];
};
