/**
 * A large, deterministic directory for benchmarks: contacts with real-looking names (some with accents
 * and local-script names) and releases whose words follow Zipf's law, as words in real text do, so
 * there are a few words in almost every release and many words in only a handful.
 */
import type { Db } from '@/db';

/** Small, fast, seeded PRNG (mulberry32): the same seed builds the same database. */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof randomSource>;

/** The most frequent English words, most frequent first: ranks 0… of the vocabulary. */
export const COMMON_WORDS =
  'the of and to in a is for on that by with as at from was are be this it an has have will which or its their more not were also been than who after but they people all new about into other over two one said we'.split(
    ' ',
  );

const FIRST =
  'Ayuna Tommaso Marie Jonas Amara Wanjiru Peter Lucía Nur Daniel José Zoë Søren Ángel Chloé Mehmet Olga Ivan Fatima Aisha Kenji Mei Hana Pablo Sofía Élodie François Björn Łukasz Anna Maria Giulia Ahmed Omar Leila Priya Arjun Chen Wei Yuki Sipho Thandiwe Kwame Ama Diego Camila Mateo Valentina Noah Emma Liam Olivia Lars Ingrid Jürgen Dörte Ines Rui João Beatriz Tomasz Agnieszka Dmitri Svetlana Nikolai Irina Hamid Samira Tariq Nadia Kofi Abena Hugo Clara Max Lea'.split(
    ' ',
  );
const LAST =
  'Batoeva Della_Longa Claudet Weber Okafor Kamau Otieno Fernández_Ortega Rahman Hughes García Martínez López Müller Schmidt Dubois Lefèvre Rossi Bianchi Ivanov Petrova Novák Kowalski Nowak Yılmaz Demir Haddad Khalil Mensah Boateng Nakamura Tanaka Wang Li Zhang Kim Park Nguyen Tran Singh Sharma Patel Silva Santos Costa Pereira Johansson Andersson Nielsen Hansen Virtanen Korhonen Papadopoulos Georgiou Horváth Kovács Popescu Ionescu Dimitrov Jovanović Horvat Bauer Fischer Moreau Laurent Girard Romano Colombo Marino Sokolov Kuznetsov Mwangi Njoroge Abdullah Ibrahim Mohamed Hassan Farouk Adeyemi Okonkwo Diallo Traoré Keita Ndiaye'
    .split(' ')
    .map((n) => n.replace('_', ' '));
const LOCAL: Record<string, string> = {
  Batoeva: 'Батоева',
  Ivanov: 'Иванов',
  Petrova: 'Петрова',
  Sokolov: 'Соколов',
  Kuznetsov: 'Кузнецов',
  Papadopoulos: 'Παπαδόπουλος',
  Georgiou: 'Γεωργίου',
  Nakamura: '中村',
  Tanaka: '田中',
};
const ROLES = [
  'Media contact',
  'Press officer',
  'Senior press officer',
  'Communications manager',
  'Head of communications',
  'Spokesperson',
  'Regional spokesperson',
  'Digital media officer',
  'Media relations coordinator',
  'Public information officer',
  'Duty press officer',
  'Communications adviser',
];
const LANGUAGES = 'en fr es ru ar zh pt de it sw ms hi bn tr fa ur ja ko nl pl uk el he am ha yo ig so fil fr-CH'.split(
  ' ',
);

/** Pronounceable invented words, unique and distinct from the common ones. */
export function inventedWords(count: number, random: Random): string[] {
  const onsets = 'b c d f g h j k l m n p r s t v w z br cr dr fr gr pl st tr ch sh'.split(' ');
  const vowels = 'a e i o u ai ea ou ie'.split(' ');
  const words = new Set<string>(COMMON_WORDS);
  const out: string[] = [];
  while (out.length < count) {
    let w = '';
    for (let s = 2 + random.int(3); s > 0; s--) w += random.pick(onsets) + random.pick(vowels);
    if (random.next() < 0.3) w += random.pick(['n', 'r', 's', 't', 'l']);
    if (!words.has(w)) {
      words.add(w);
      out.push(w);
    }
  }
  return out;
}

/**
 * What queries are built from: the vocabulary by rank, every contact's name, the words of some published
 * releases, the cities' names.
 */
export type SyntheticDirectory = {
  vocabulary: string[];
  contactNames: string[];
  sampleBodies: string[][];
  cityNames: string[];
};

/**
 * Fills an empty, migrated database in one transaction with prepared statements (or, with
 * `write: false`, only draws the same data again, to query a database built earlier). Run it inside
 * withSearchIndexRebuiltAfter: indexing row by row through the triggers takes twice as long.
 * Word ranks follow Zipf (s = 1): rank r is drawn as floor(V^u), so "the" is in nearly every release.
 */
export function buildSyntheticDirectory(
  db: Db,
  { contacts = 100_000, releases = 200_000, cities = 400, seed = 42, write = true } = {},
): SyntheticDirectory {
  const random = randomSource(seed);
  const vocabulary = [...COMMON_WORDS, ...inventedWords(30_000 - COMMON_WORDS.length, random)];
  const word = () => vocabulary[Math.floor(Math.pow(vocabulary.length, random.next())) - 1]!;
  const words = (min: number, max: number) => Array.from({ length: min + random.int(max - min + 1) }, word);
  const sentence = (min: number, max: number) => {
    const s = words(min, max).join(' ');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const contactNames: string[] = [];
  const sampleBodies: string[][] = [];
  const c = db.$client;
  const run = (statement: { run: (...args: unknown[]) => { lastInsertRowid: number | bigint } }, ...args: unknown[]) =>
    write ? Number(statement.run(...args).lastInsertRowid) : 0;
  const insertCity = c.prepare(
    `insert into cities (slug, name, local_name, country, time_zone, desk_email, duty_phone) values (?, ?, ?, 'CH', 'Europe/Zurich', ?, '+442079460100')`,
  );
  const insertContact = c.prepare(
    `insert into contacts (slug, full_name, local_name, role, organisation, city_id, active) values (?, ?, ?, ?, 'Bench', ?, ?)`,
  );
  const insertLanguage = c.prepare(`insert into contact_languages (contact_id, tag, position) values (?, ?, ?)`);
  const insertRelease = c.prepare(
    `insert into releases (slug, title, published_on, summary, body, status) values (?, ?, ?, ?, ?, ?)`,
  );
  const insertDateline = c.prepare(
    `insert into release_datelines (release_id, position, place, city_id) values (?, 0, ?, ?)`,
  );
  const cityNames: string[] = [];
  c.transaction(() => {
    for (let i = 1; i <= cities; i++) {
      const name = sentence(1, 2).replace(/ (\w)/g, (_, ch: string) => ` ${ch.toUpperCase()}`);
      cityNames.push(name);
      run(insertCity, `city-${i}`, name, random.next() < 0.2 ? name.replace(/e/g, 'è') : null, `desk${i}@example.org`);
    }
    for (let i = 1; i <= contacts; i++) {
      const last = random.next() < 0.2 ? `${random.pick(LAST)} ${random.pick(LAST)}` : random.pick(LAST);
      const fullName = `${random.pick(FIRST)} ${last}`;
      contactNames.push(fullName);
      const local = LOCAL[last] ?? null;
      const id = run(
        insertContact,
        `contact-${i}`,
        fullName,
        local,
        random.pick(ROLES),
        1 + random.int(cities),
        random.next() < 0.97 ? 1 : 0,
      );
      const spoken = new Set(['en', random.pick(LANGUAGES), random.pick(LANGUAGES)]);
      [...spoken].forEach((tag, position) => run(insertLanguage, id, tag, position));
    }
    const start = Date.UTC(2000, 0, 1);
    for (let i = 1; i <= releases; i++) {
      const body = words(50, 100);
      const day = new Date(start + Math.floor((i / releases) * 26 * 365.25 * 86_400_000)).toISOString().slice(0, 10);
      const status = random.next() < 0.95 ? 'published' : 'draft';
      const id = run(insertRelease, `release-${i}`, sentence(6, 10), day, sentence(15, 25), body.join(' '), status);
      if (status === 'published' && sampleBodies.length < 5_000 && random.next() < 0.05) sampleBodies.push(body);
      const city = 1 + random.int(cities);
      run(insertDateline, id, cityNames[city - 1]!, city);
    }
  })();
  return { vocabulary, contactNames, sampleBodies, cityNames };
}
