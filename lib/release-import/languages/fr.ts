import type { Language } from './types';

export const fr: Language = {
  code: 'fr',
  leadIns: [
    String.raw`pour (?:plus d'|de plus amples |toutes? (?:autres? )?)informations?`,
    String.raw`pour toute demande`,
  ],
  headings: [
    String.raw`contacts? (?:medias?|presse|pour les medias)`,
    String.raw`personnes?-ressources? pour les medias`,
    String.raw`informations? complementaires?`,
    String.raw`relations? (?:presse|medias)`,
  ],
  contactVerbs: [String.raw`contacte[rz]`],
  stops: [String.raw`a propos`, String.raw`-? ?fin ?-?$`, String.raw`suivez-nous\b`, String.raw`note aux redactions`],
  labels: {
    fax: [String.raw`t[eé]l[eé]copie(?:ur)?`],
    mobile: ['portable', String.raw`port\.`, 'mobile'],
    landline: [String.raw`(?<=^|[,;(\[|\/:]\s*)bureau`, 'fixe'],
    whatsapp: [],
    duty: [String.raw`(?:permanence|astreinte)\s+t[eé]l[eé]phon\p{L}*`],
    phone: [String.raw`t[eé]l[eé]phone`, String.raw`t[eé]l\.?`],
  },
  emailLabels: ['courriel', String.raw`m[eé]l`],
  joiners: ['ou', 'et'],
  roles: [
    'porte-parole', String.raw`charg[ée]e?`, 'responsable', String.raw`attach[ée]e?`, 'directeur', 'directrice',
    String.raw`cheff?e?`, String.raw`conseill(?:er|[èe]re)`, 'communication', 'presse', String.raw`m[ée]dias?`,
    String.raw`d[ée]l[ée]gu[ée]e?`, String.raw`coordinat(?:eur|rice)`, String.raw`coordonnat(?:eur|rice)`,
  ],
  desks: ['bureau', 'cellule', 'service'],
  organisations: [String.raw`croix-rouge`, String.raw`f[ée]d[ée]ration`, String.raw`soci[ée]t[ée]`, String.raw`comit[ée]`, String.raw`minist[èe]re`],
  notes: [
    'parle', String.raw`langues?`, 'disponible', 'joignable', 'uniquement', String.raw`apr[èe]s`, 'avant',
    String.raw`jusqu'(?:au|à)`, 'semaine',
  ],
  languageNames: ['anglais', String.raw`fran[çc]ais`, 'espagnol', 'allemand', 'russe', 'arabe', 'italien'],
  courtesyTitles: ['Mme', 'Mlle', 'M'],
  articles: ['le', 'la', 'les', 'notre', String.raw`l['’]`],
  months: {
    janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10,
    novembre: 11, decembre: 12,
  },
  closings: ['cordialement', String.raw`bien (?:à vous|cordialement)`, 'salutations'],
  addressWords: ['rue', 'avenue', 'boulevard', 'chemin', 'place', 'case postale', 'cedex'],
  regions: ['FR', 'BE', 'CH'],
  cityNames: {
    Genève: 'Geneva', Moscou: 'Moscow', Londres: 'London', 'Le Caire': 'Cairo', Vienne: 'Vienna', Bruxelles: 'Brussels',
    Beyrouth: 'Beirut', Jérusalem: 'Jerusalem', Berne: 'Bern', Pékin: 'Beijing', Varsovie: 'Warsaw', Alger: 'Algiers',
    'Saint-Pétersbourg': 'St. Petersburg', Erevan: 'Yerevan', Tbilissi: 'Tbilisi',
  },
  notCities: [],
};
