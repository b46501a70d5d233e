import type { Language } from './types';

export const ru: Language = {
  code: 'ru',
  leadIns: [String.raw`для (?:получения )?(?:дополнительнои|подробнои) информации`],
  headings: [
    String.raw`контакты(?: для (?:сми|прессы|журналистов))?`,
    String.raw`(?:дополнительная|подробная) информация`,
    String.raw`аккредитация(?: (?:для )?(?:сми|журналистов))?`,
  ],
  contactVerbs: ['обращаитесь', String.raw`свяжитесь с`],
  stops: [String.raw`о (?:мккк|нас|компании)\b`, String.raw`справка\b`],
  labels: {
    fax: ['факс'],
    mobile: [String.raw`моб(?:\.|ильный)?`, String.raw`сот(?:\.|овый)`],
    landline: [String.raw`раб(?:\.|очий)`],
    whatsapp: ['ватсап'],
    duty: [String.raw`горячая линия`],
    phone: [String.raw`тел(?:\.|ефон\p{L}*)?`, 'по телефону', 'по телефонам'],
  },
  emailLabels: [String.raw`e-mail`, String.raw`эл\.?\s?почта`, String.raw`электронн\p{L}* почт\p{L}*`],
  joiners: ['или', 'и'],
  roles: [
    String.raw`пресс-секретар\p{L}*`, String.raw`руководител\p{L}*`, String.raw`начальник\p{L}*`,
    String.raw`директор\p{L}*`, String.raw`специалист\p{L}*`, String.raw`пресс-служб\p{L}*`, String.raw`пресс-центр\p{L}*`,
  ],
  desks: [String.raw`пресс-служб\p{L}*`, String.raw`пресс-центр\p{L}*`],
  organisations: [String.raw`красн\p{L}* крест\p{L}*`, String.raw`министерств\p{L}*`, String.raw`комитет\p{L}*`, String.raw`\p{L}*избирком\p{L}*`],
  notes: [],
  languageNames: ['английский', 'французский', 'испанский', 'немецкий', 'русский', 'арабский'],
  courtesyTitles: [],
  articles: [],
  months: {
    января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
    ноября: 11, декабря: 12,
  },
  closings: ['с уважением'],
  addressWords: [String.raw`ул\.`, 'улица', String.raw`пр\.`, 'проспект', 'дом', String.raw`д\.`, 'офис'],
  regions: ['RU', 'BY', 'KZ'],
  cityNames: {
    Женева: 'Geneva', Москва: 'Moscow', 'Санкт-Петербург': 'St. Petersburg', Киев: 'Kyiv', Вена: 'Vienna',
    Берлин: 'Berlin', Париж: 'Paris', Лондон: 'London', 'Нью-Йорк': 'New York', Минск: 'Minsk', Донецк: 'Donetsk',
    Тбилиси: 'Tbilisi', Ереван: 'Yerevan', Баку: 'Baku', Алматы: 'Almaty', Ташкент: 'Tashkent', Грозный: 'Groznyy',
  },
  notCities: [],
};
