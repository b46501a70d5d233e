import type { Language } from './types';

export const de: Language = {
  code: 'de',
  leadIns: [String.raw`fur (?:weitere|mehr|zusatzliche) informationen`, String.raw`weitere auskunfte`],
  headings: [
    String.raw`ruckfragen(?: (?:&|und) kontakt| bitte an)?`,
    String.raw`ruckfragehinweis(?: fur journalist\p{L}*(?::innen)?)?`,
    String.raw`(?:presse|medien)kontakte?`,
    String.raw`ansprechpartner(?:in|innen)?(?: fur (?:die )?medien)?`,
    String.raw`kontakt(?: fur medienschaffende)?`,
    String.raw`weitere informationen(?: erhalten sie)?(?: hier)?`,
    String.raw`weitere auskunfte`,
  ],
  contactVerbs: ['kontaktieren sie', 'wenden sie sich an'],
  stops: [String.raw`uber (?:uns|die|den|das)`, String.raw`-? ?ende ?-?$`, String.raw`folgen sie uns\b`, String.raw`quelle ?:`, 'ots-originaltext'],
  labels: {
    fax: [],
    mobile: [String.raw`mobil(?:telefon)?`, 'handy', 'natel'],
    landline: [String.raw`(?<=^|[,;(\[|\/:]\s*)b[uü]ro`, 'festnetz'],
    whatsapp: [],
    duty: [String.raw`bereitschaft(?:sdienst)?(?:\s+(?:telefon|nummer))?`],
    phone: ['telefon', String.raw`tel\.?`],
  },
  emailLabels: [String.raw`e-?mail`],
  joiners: ['oder', String.raw`od\.`, 'und'],
  roles: [
    String.raw`\p{L}*(?:sprecher|referent|leiter|kommunikation|beauftragte)\p{L}*`, String.raw`presse\p{L}*`,
    String.raw`medien\p{L}*`, String.raw`gemeinder[äa]t\p{L}*`, String.raw`öffentlichkeitsarbeit`,
    String.raw`kommandant\p{L}*`, String.raw`generalsekret[äa]r\p{L}*`, String.raw`gesch[äa]ftsf[üu]hr\p{L}*`, String.raw`pr[äa]sident\p{L}*`,
    String.raw`direktor\p{L}*`, String.raw`vorsitzend\p{L}*`, 'obmann', 'obfrau', String.raw`leitung`,
  ],
  desks: [String.raw`\p{L}*stelle`, String.raw`presseb[üu]ro`, String.raw`b[üu]ro`, String.raw`öffentlichkeitsarbeit`],
  organisations: [
    String.raw`\p{L}*kreuz\p{L}*`, String.raw`\p{L}*ministerium`, 'stiftung', String.raw`\p{L}*verband`, 'gemeinde',
    String.raw`bundes\p{L}+`, 'caritas', 'diakonie', String.raw`\p{L}*hilfe`, String.raw`hilfswerk\p{L}*`, 'fonds',
    String.raw`samariter\p{L}*`, 'malteser', String.raw`\p{L}*dienst`, String.raw`\p{L}*(?:inspektion|direktion|beh[öo]rde|amt)`, String.raw`landes\p{L}+`,
  ],
  notes: ['spricht', String.raw`sprachen?`, 'erreichbar', 'nur', 'zwischen', 'bis', 'werktags'],
  languageNames: [
    'englisch', String.raw`franz[öo]sisch`, 'spanisch', 'deutsch', 'russisch', 'arabisch', 'italienisch',
  ],
  courtesyTitles: ['Frau', 'Herr', String.raw`Mag\.(?:a|\s?\(FH\))?`],
  articles: ['die', 'der', 'das', 'unsere'],
  months: {
    januar: 1, janner: 1, februar: 2, marz: 3, maerz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8,
    september: 9, oktober: 10, november: 11, dezember: 12,
  },
  closings: [String.raw`(?:mit )?freundliche[nr]? gr[üu](?:ß|ss)e[n]?`, String.raw`beste gr[üu](?:ß|ss)e`],
  addressWords: [String.raw`\p{L}*(?:stra(?:ß|ss)e|str\.|gasse|platz|weg|ring|allee|ufer)`, 'haus', 'postfach'],
  regions: ['DE', 'AT', 'CH'],
  cityNames: {
    Genf: 'Geneva', Wien: 'Vienna', Moskau: 'Moscow', Kairo: 'Cairo', Brüssel: 'Brussels', Rom: 'Rome', Kiew: 'Kyiv',
    Warschau: 'Warsaw', München: 'Munich', Köln: 'Cologne', Peking: 'Beijing',
  },
  notCities: ['Ende', 'Mobil'],
};
