/**
 * Demo data. The three IFRC media contacts and their numbers come from the
 * 6 December 2021 release (its e-mails were hidden by a scraper: none is stored).
 * Everyone else is fictional, with numbers from ranges reserved for fiction
 * (+44 20 7946 0xxx, +1 202 555 01xx, +61 491 570 1xx) and example.org addresses.
 */
import type { PhoneKind } from '@/lib/directory/phone';

type Hours = { weekday: number; startMinute: number; endMinute: number };

export function hours(days: number[], from: string, to: string): Hours[] {
  const minute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return days.map((weekday) => ({ weekday, startMinute: minute(from), endMinute: minute(to) }));
}
const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export const demoCities = [
  {
    slug: 'moscow',
    name: 'Moscow',
    localName: 'Москва',
    country: 'RU',
    timeZone: 'Europe/Moscow',
    deskEmail: 'moscow.media@example.org',
    dutyPhone: '+442079460101',
  },
  {
    slug: 'geneva',
    name: 'Geneva',
    localName: 'Genève',
    country: 'CH',
    timeZone: 'Europe/Zurich',
    deskEmail: 'geneva.media@example.org',
    dutyPhone: '+442079460102',
  },
  {
    slug: 'nairobi',
    name: 'Nairobi',
    country: 'KE',
    timeZone: 'Africa/Nairobi',
    deskEmail: 'nairobi.media@example.org',
    dutyPhone: '+442079460103',
  },
  {
    slug: 'panama-city',
    name: 'Panama City',
    localName: 'Ciudad de Panamá',
    country: 'PA',
    timeZone: 'America/Panama',
    deskEmail: 'americas.media@example.org',
    dutyPhone: '+12025550104',
  },
  {
    slug: 'kuala-lumpur',
    name: 'Kuala Lumpur',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
    deskEmail: 'asiapacific.media@example.org',
    dutyPhone: '+61491570105',
  },
];

export type DemoContact = {
  slug: string;
  fullName: string;
  localName?: string;
  role: string;
  organisation: string;
  city: string;
  email?: string;
  languages: string[];
  bio: string;
  phones: { kind: PhoneKind; e164: string; extension?: string }[];
  hours: Hours[];
  leaveDays?: number;
  delegate?: string;
  confirmedDaysAgo: number;
};

export const demoContacts: DemoContact[] = [
  {
    slug: 'ayuna-batoeva',
    fullName: 'Ayuna Batoeva',
    localName: 'Аюна Батоева',
    role: 'Media contact',
    organisation: 'IFRC',
    city: 'moscow',
    languages: ['ru', 'en'],
    bio: 'Handles media requests for the IFRC in the Russian Federation.',
    phones: [
      { kind: 'mobile', e164: '+79166676977' },
      { kind: 'whatsapp', e164: '+79166676977' },
    ],
    hours: hours(WEEKDAYS, '09:00', '19:00'),
    confirmedDaysAgo: 12,
  },
  {
    slug: 'tommaso-della-longa',
    fullName: 'Tommaso Della Longa',
    role: 'Media contact',
    organisation: 'IFRC',
    city: 'moscow',
    languages: ['it', 'en', 'fr'],
    bio: 'Travels with the IFRC leadership and arranges interviews on the road.',
    phones: [
      { kind: 'mobile', e164: '+41797084367' },
      { kind: 'whatsapp', e164: '+41797084367' },
    ],
    hours: [...hours(WEEKDAYS, '08:00', '20:00'), ...hours([6], '10:00', '14:00')],
    confirmedDaysAgo: 40,
  },
  {
    slug: 'marie-claudet',
    fullName: 'Marie Claudet',
    role: 'Media contact',
    organisation: 'IFRC',
    city: 'geneva',
    languages: ['fr', 'en'],
    bio: 'Answers media questions at the IFRC secretariat in Geneva.',
    phones: [{ kind: 'mobile', e164: '+33786895089' }],
    hours: hours(WEEKDAYS, '08:30', '18:00'),
    confirmedDaysAgo: 5,
  },
  {
    slug: 'jonas-weber',
    fullName: 'Jonas Weber',
    role: 'Senior media officer (fictional)',
    organisation: 'Pressline demo',
    city: 'geneva',
    email: 'jonas.weber@example.org',
    languages: ['de', 'fr', 'en'],
    bio: 'A fictional officer, on leave in the demo so that his delegate takes the calls.',
    phones: [
      { kind: 'office', e164: '+442079460111', extension: '204' },
      { kind: 'mobile', e164: '+442079460112' },
    ],
    hours: hours(WEEKDAYS, '09:00', '17:30'),
    leaveDays: 21,
    delegate: 'marie-claudet',
    confirmedDaysAgo: 130,
  },
  {
    slug: 'amara-okafor',
    fullName: 'Amara Okafor',
    role: 'Weekend duty press officer (fictional)',
    organisation: 'Pressline demo',
    city: 'geneva',
    email: 'amara.okafor@example.org',
    languages: ['en', 'fr', 'ig'],
    bio: 'A fictional officer who covers the Geneva desk at weekends.',
    phones: [
      { kind: 'duty', e164: '+442079460113' },
      { kind: 'signal', e164: '+442079460114' },
    ],
    hours: hours([6, 7], '08:00', '20:00'),
    confirmedDaysAgo: 20,
  },
  {
    slug: 'wanjiru-kamau',
    fullName: 'Wanjiru Kamau',
    role: 'Regional communications manager (fictional)',
    organisation: 'Pressline demo',
    city: 'nairobi',
    email: 'wanjiru.kamau@example.org',
    languages: ['sw', 'en'],
    bio: 'A fictional manager for East Africa; office hours only, so the duty line covers nights.',
    phones: [
      { kind: 'mobile', e164: '+442079460121' },
      { kind: 'whatsapp', e164: '+442079460121' },
    ],
    hours: hours(WEEKDAYS, '08:00', '17:00'),
    confirmedDaysAgo: 60,
  },
  {
    slug: 'peter-otieno',
    fullName: 'Peter Otieno',
    role: 'Media officer (fictional)',
    organisation: 'Pressline demo',
    city: 'nairobi',
    email: 'peter.otieno@example.org',
    languages: ['en', 'sw', 'luo'],
    bio: 'A fictional officer who sets up field interviews.',
    phones: [
      { kind: 'mobile', e164: '+442079460122' },
      { kind: 'office', e164: '+442079460123' },
    ],
    hours: hours(WEEKDAYS, '09:00', '18:00'),
    confirmedDaysAgo: 95,
  },
  {
    slug: 'lucia-fernandez-ortega',
    fullName: 'Lucía Fernández Ortega',
    role: 'Communications coordinator, Americas (fictional)',
    organisation: 'Pressline demo',
    city: 'panama-city',
    email: 'lucia.fernandez@example.org',
    languages: ['es', 'en', 'pt'],
    bio: 'A fictional coordinator for Spanish- and Portuguese-language media.',
    phones: [
      { kind: 'mobile', e164: '+12025550131' },
      { kind: 'signal', e164: '+12025550131' },
    ],
    hours: hours(WEEKDAYS, '08:00', '17:00'),
    confirmedDaysAgo: 3,
  },
  {
    slug: 'nur-aisyah-rahman',
    fullName: 'Nur Aisyah Rahman',
    role: 'Media officer, Asia Pacific (fictional)',
    organisation: 'Pressline demo',
    city: 'kuala-lumpur',
    email: 'nur.aisyah@example.org',
    languages: ['ms', 'en', 'zh'],
    bio: 'A fictional officer for South-East Asian media.',
    phones: [{ kind: 'mobile', e164: '+61491570141' }],
    hours: hours(WEEKDAYS, '09:00', '18:00'),
    confirmedDaysAgo: 15,
  },
  {
    slug: 'daniel-hughes',
    fullName: 'Daniel Hughes',
    role: 'Night duty press officer (fictional)',
    organisation: 'Pressline demo',
    city: 'kuala-lumpur',
    email: 'daniel.hughes@example.org',
    languages: ['en'],
    bio: 'A fictional officer on the night shift, which runs past midnight.',
    phones: [{ kind: 'duty', e164: '+61491570142' }],
    hours: [...hours(EVERY_DAY, '22:00', '24:00'), ...hours(EVERY_DAY, '00:00', '06:00')],
    confirmedDaysAgo: 1,
  },
];

export type DemoRelease = {
  slug: string;
  title: string;
  publishedOn: string;
  status: 'draft' | 'published';
  dateline: string[];
  summary: string;
  body: string;
  contacts: { label: string; slug: string }[];
  /** BCP 47 primary subtag; English when absent */
  language?: string;
  /** The slug of the release this one translates: both are in one translation group */
  translationOf?: string;
};

export const demoReleases: DemoRelease[] = [
  {
    slug: 'ifrc-president-rocca-meets-president-putin',
    title: 'IFRC President Francesco Rocca meets with Russian President Vladimir Putin',
    publishedOn: '2021-12-06',
    status: 'published',
    dateline: ['Moscow', 'Geneva'],
    summary:
      'Francesco Rocca and Vladimir Putin talked about the pandemic, fair access to vaccines, migrants at the Belarus–Poland border and support for the Russian Red Cross.',
    body: [
      'On the evening of 5 December 2021, the President of the IFRC, Francesco Rocca, held talks with the President of the Russian Federation, Vladimir Putin.',
      '',
      '## What was discussed',
      '',
      '- COVID-19 and fair distribution of vaccines',
      '- people stranded at the border between Belarus and Poland',
      '- stronger backing for the Russian Red Cross and for local responders',
      '',
      'The Russian Red Cross, led by Pavel Savchuk, is preparing a national Red Cross law that sets out its auxiliary role. The IFRC has worked in the country since 1993 and has allotted CHF 1.4 million to help the Russian Red Cross respond to the pandemic.',
      '',
      'During the visit, President Rocca also met government ministers and volunteers at the "We Are Together" forum.',
    ].join('\n'),
    contacts: [
      { label: 'Moscow', slug: 'ayuna-batoeva' },
      { label: 'Moscow', slug: 'tommaso-della-longa' },
      { label: 'Geneva', slug: 'marie-claudet' },
    ],
  },
  {
    slug: 'ifrc-president-rocca-meets-president-putin-ru',
    title: 'Президент МФОКК Франческо Рокка провёл встречу с Президентом России Владимиром Путиным',
    publishedOn: '2021-12-06',
    status: 'published',
    language: 'ru',
    translationOf: 'ifrc-president-rocca-meets-president-putin',
    dateline: ['Moscow', 'Geneva'],
    summary:
      'Франческо Рокка и Владимир Путин обсудили пандемию, равный доступ к вакцинам, положение мигрантов на белорусско-польской границе и поддержку Российского Красного Креста.',
    body: [
      'Вечером 5 декабря 2021 года президент Международной федерации обществ Красного Креста и Красного Полумесяца (МФОКК) Франческо Рокка провёл переговоры с Президентом Российской Федерации Владимиром Путиным.',
      '',
      '## Темы встречи',
      '',
      '- COVID-19 и справедливое распределение вакцин',
      '- люди, оказавшиеся в безвыходном положении на границе Беларуси и Польши',
      '- более весомая поддержка Российского Красного Креста и местных добровольцев',
      '',
      'Российский Красный Крест, который возглавляет Павел Савчук, готовит национальный закон о Красном Кресте, закрепляющий его вспомогательную роль при органах власти. МФОКК работает в стране с 1993 года и выделила 1,4 млн швейцарских франков, чтобы помочь Российскому Красному Кресту в борьбе с пандемией.',
      '',
      'Во время визита Франческо Рокка также встретился с членами правительства и с добровольцами на форуме «Мы вместе».',
    ].join('\n'),
    contacts: [
      { label: 'Москва', slug: 'ayuna-batoeva' },
      { label: 'Москва', slug: 'tommaso-della-longa' },
      { label: 'Женева', slug: 'marie-claudet' },
    ],
  },
  {
    slug: 'ifrc-president-rocca-meets-president-putin-fr',
    title: 'Le président de la FICR, Francesco Rocca, reçu par le président russe Vladimir Poutine',
    publishedOn: '2021-12-06',
    status: 'published',
    language: 'fr',
    translationOf: 'ifrc-president-rocca-meets-president-putin',
    dateline: ['Moscow', 'Geneva'],
    summary:
      'Francesco Rocca et Vladimir Poutine ont évoqué la pandémie, l’accès équitable aux vaccins, le sort des migrants à la frontière entre le Bélarus et la Pologne, et le soutien à la Croix-Rouge russe.',
    body: [
      'Le 5 décembre 2021 au soir, le président de la Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge (FICR), Francesco Rocca, s’est entretenu avec le président de la Fédération de Russie, Vladimir Poutine.',
      '',
      '## Au programme',
      '',
      '- la COVID-19 et une répartition équitable des vaccins',
      '- les personnes bloquées à la frontière entre le Bélarus et la Pologne',
      '- un appui renforcé à la Croix-Rouge russe et aux secouristes locaux',
      '',
      'Présidée par Pavel Savchuk, la Croix-Rouge russe prépare une loi nationale sur la Croix-Rouge qui consacrera son rôle d’auxiliaire des pouvoirs publics. Présente dans le pays depuis 1993, la FICR a débloqué 1,4 million de francs suisses pour aider la Croix-Rouge russe à faire face à la pandémie.',
      '',
      'Pendant sa visite, Francesco Rocca a aussi rencontré des membres du gouvernement ainsi que des volontaires réunis au forum « Nous sommes ensemble ».',
    ].join('\n'),
    contacts: [
      { label: 'Moscou', slug: 'ayuna-batoeva' },
      { label: 'Moscou', slug: 'tommaso-della-longa' },
      { label: 'Genève', slug: 'marie-claudet' },
    ],
  },
  {
    slug: 'example-flood-preparedness-drill-kenya',
    title: 'Example: volunteers rehearse flood response along the Tana River',
    publishedOn: '2026-11-20',
    status: 'published',
    dateline: ['Nairobi', 'Geneva'],
    summary: 'A fictional release for the demo: a two-day drill tests early warnings and evacuation routes.',
    body: 'This release is **fictional** and exists to show how Pressline lists contacts in two cities.\n\nVolunteers practised moving families to higher ground and passing warnings by radio and text message.',
    contacts: [
      { label: 'Nairobi', slug: 'wanjiru-kamau' },
      { label: 'Nairobi', slug: 'peter-otieno' },
      { label: 'Geneva', slug: 'jonas-weber' },
    ],
  },
  {
    slug: 'example-cyclone-season-briefing',
    title: 'Example: newsroom briefing ahead of the cyclone season',
    publishedOn: '2026-11-12',
    status: 'published',
    dateline: ['Kuala Lumpur'],
    summary: 'A fictional release for the demo: what reporters should know before the storms arrive.',
    body: 'This release is **fictional**.\n\nSpokespeople are available in Malay, English and Chinese, including overnight for newsrooms in other time zones.',
    contacts: [
      { label: 'Kuala Lumpur', slug: 'nur-aisyah-rahman' },
      { label: 'Kuala Lumpur', slug: 'daniel-hughes' },
    ],
  },
  {
    slug: 'example-heat-advice-older-people',
    title: 'Example: heat advice for older people as temperatures climb',
    publishedOn: '2026-10-02',
    status: 'published',
    dateline: ['Panama City', 'Geneva'],
    summary: 'A fictional release for the demo: simple steps that keep older people safe in a heatwave.',
    body: 'This release is **fictional**.\n\nInterviews are available in Spanish, Portuguese, English and French.',
    contacts: [
      { label: 'Panama City', slug: 'lucia-fernandez-ortega' },
      { label: 'Geneva', slug: 'marie-claudet' },
    ],
  },
  ...Array.from({ length: 9 }, (_, i): DemoRelease => {
    const month = String(9 - i).padStart(2, '0');
    return {
      slug: `example-monthly-media-briefing-2026-${month}`,
      title: `Example: monthly media briefing, ${new Date(`2026-${month}-01T12:00:00Z`).toLocaleString('en-GB', { month: 'long' })} 2026`,
      publishedOn: `2026-${month}-15`,
      status: 'published',
      dateline: ['Geneva'],
      summary: 'A fictional release for the demo, so that the release list has more than one page.',
      body: 'This release is **fictional**. It lists the Geneva desk for follow-up questions.',
      contacts: [{ label: 'Geneva', slug: i % 2 ? 'amara-okafor' : 'marie-claudet' }],
    };
  }),
  {
    slug: 'example-draft-annual-review',
    title: 'Example draft: annual review (not yet published)',
    publishedOn: '2026-12-01',
    status: 'draft',
    dateline: ['Geneva'],
    summary: 'A fictional draft: it must not appear on public pages.',
    body: 'Draft text.',
    contacts: [{ label: 'Geneva', slug: 'marie-claudet' }],
  },
];

/** Each demo city's name in Russian and French (English is `name`). */
export const demoCityNames: Record<string, { ru: string; fr: string }> = {
  moscow: { ru: 'Москва', fr: 'Moscou' },
  geneva: { ru: 'Женева', fr: 'Genève' },
  nairobi: { ru: 'Найроби', fr: 'Nairobi' },
  'panama-city': { ru: 'Панама', fr: 'Panama' },
  'kuala-lumpur': { ru: 'Куала-Лумпур', fr: 'Kuala Lumpur' },
};

type Text = { role: string; bio: string };
/**
 * The demo officers' role and short bio in Russian and French, as they might write them themselves. Daniel
 * Hughes has none in French, and Peter Otieno only a role in Russian: the pages then show the English text,
 * marked lang="en".
 */
export const demoContactTranslations: Record<string, { ru?: Text; fr?: Text }> = {
  'ayuna-batoeva': {
    ru: { role: 'Контакт для СМИ', bio: 'Отвечает на запросы журналистов о работе МФОКК в Российской Федерации.' },
    fr: { role: 'Contact presse', bio: 'Répond aux demandes des médias sur l’action de la FICR en Russie.' },
  },
  'tommaso-della-longa': {
    ru: {
      role: 'Контакт для СМИ',
      bio: 'Сопровождает руководство МФОКК в поездках и договаривается об интервью на месте.',
    },
    fr: {
      role: 'Contact presse',
      bio: 'Accompagne la direction de la FICR en déplacement et organise les interviews sur place.',
    },
  },
  'marie-claudet': {
    ru: { role: 'Контакт для СМИ', bio: 'Отвечает на вопросы прессы в секретариате МФОКК в Женеве.' },
    fr: { role: 'Contact presse', bio: 'Répond aux questions des journalistes au secrétariat de la FICR, à Genève.' },
  },
  'jonas-weber': {
    ru: {
      role: 'Старший специалист по работе со СМИ (вымышленный)',
      bio: 'Вымышленный сотрудник: в демо-версии он в отпуске, и его звонки принимает коллега.',
    },
    fr: {
      role: 'Chargé de presse principal (fictif)',
      bio: 'Personnage fictif, en congé dans la démo : c’est sa suppléante qui prend ses appels.',
    },
  },
  'amara-okafor': {
    ru: {
      role: 'Дежурный пресс-секретарь по выходным (вымышленный)',
      bio: 'Вымышленная сотрудница, дежурит в женевском пресс-центре по выходным.',
    },
    fr: {
      role: 'Attachée de presse de permanence le week-end (fictive)',
      bio: 'Personnage fictif qui assure la permanence presse de Genève le week-end.',
    },
  },
  'wanjiru-kamau': {
    ru: {
      role: 'Региональный руководитель по коммуникациям (вымышленный)',
      bio: 'Вымышленный руководитель по Восточной Африке; звонки только в рабочие часы, ночью — дежурная линия.',
    },
    fr: {
      role: 'Responsable régionale de la communication (fictive)',
      bio: 'Responsable fictive pour l’Afrique de l’Est, joignable aux heures de bureau ; la nuit, appelez la permanence.',
    },
  },
  'peter-otieno': {
    ru: { role: 'Специалист по работе со СМИ (вымышленный)', bio: '' },
    fr: {
      role: 'Chargé des relations médias (fictif)',
      bio: 'Personnage fictif qui organise les interviews sur le terrain.',
    },
  },
  'lucia-fernandez-ortega': {
    ru: {
      role: 'Координатор по коммуникациям, Америка (вымышленный)',
      bio: 'Вымышленный координатор по работе с испано- и португалоязычными СМИ.',
    },
    fr: {
      role: 'Coordinatrice de la communication, Amériques (fictive)',
      bio: 'Coordinatrice fictive pour les médias hispanophones et lusophones.',
    },
  },
  'nur-aisyah-rahman': {
    ru: {
      role: 'Специалист по работе со СМИ, Азиатско-Тихоокеанский регион (вымышленный)',
      bio: 'Вымышленная сотрудница, работает со СМИ Юго-Восточной Азии.',
    },
    fr: {
      role: 'Chargée des relations médias, Asie-Pacifique (fictive)',
      bio: 'Personnage fictif, interlocutrice des médias d’Asie du Sud-Est.',
    },
  },
  'daniel-hughes': {
    ru: {
      role: 'Ночной дежурный пресс-секретарь (вымышленный)',
      bio: 'Вымышленный сотрудник ночной смены, которая длится и после полуночи.',
    },
  },
};
