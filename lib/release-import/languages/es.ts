import type { Language } from './types';

export const es: Language = {
  code: 'es',
  leadIns: [String.raw`para (?:mas|mayor) informacion`],
  headings: [
    String.raw`contactos? (?:de prensa|(?:para|con) (?:los )?medios(?: de comunicacion)?)`,
    String.raw`contacto`,
  ],
  contactVerbs: [String.raw`contact\p{L}* (?:con|a)(?= )`, 'pongase en contacto con'],
  stops: [String.raw`acerca de`, String.raw`sobre (?:el|la|nosotros)`, String.raw`-? ?fin ?-?$`, String.raw`siguenos\b`, String.raw`fuente ?:`],
  labels: {
    fax: [],
    mobile: [String.raw`m[oó]vil`, 'celular', String.raw`cel\.`],
    landline: [String.raw`(?<=^|[,;(\[|\/:]\s*)oficina`, 'fijo'],
    whatsapp: [],
    duty: [String.raw`(?:tel[eé]fono\s+de\s+)?guardia(?:\s+tel[eé]fono)?`],
    phone: [String.raw`tel[eé]fono`, String.raw`tfno\.?`, String.raw`telf\.?`],
  },
  emailLabels: [String.raw`correo(?:\s+electr[oó]nico)?`],
  joiners: ['o', 'y'],
  roles: [
    'portavoz', String.raw`jef[ae]`, String.raw`comunicaci[óo]n`, 'prensa', 'oficial', String.raw`directora?`,
    String.raw`coordinadora?`, String.raw`encargad[oa]`, String.raw`asesora?`, 'medios', 'relaciones',
  ],
  desks: ['gabinete', 'oficina', 'departamento'],
  organisations: ['cruz', 'roja', 'ministerio', String.raw`fundaci[óo]n`, String.raw`c[áa]ritas`],
  notes: ['habla', String.raw`idiomas?`, 'solo', 'sólo', String.raw`despu[ée]s`, 'antes', 'hasta', 'horario', 'entre'],
  languageNames: [String.raw`ingl[ée]s`, String.raw`franc[ée]s`, String.raw`espa[ñn]ol`, String.raw`alem[áa]n`, 'ruso', String.raw`[áa]rabe`, 'italiano'],
  courtesyTitles: ['Sra?', 'Srta', 'Dra'],
  articles: ['el', 'los', String.raw`nuestr[ao]`],
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
    octubre: 10, noviembre: 11, diciembre: 12,
  },
  closings: [String.raw`saludos(?: cordiales)?`, 'atentamente', 'cordialmente'],
  addressWords: ['calle', 'avenida', 'av\\.', 'plaza', 'carrera', 'piso', 'oficina \\d'],
  regions: ['ES'],
  cityNames: {
    Ginebra: 'Geneva', Moscú: 'Moscow', 'Nueva York': 'New York', 'El Cairo': 'Cairo', Viena: 'Vienna',
    Bruselas: 'Brussels', Londres: 'London', Jerusalén: 'Jerusalem', Pekín: 'Beijing', Varsovia: 'Warsaw',
  },
  notCities: [],
};
