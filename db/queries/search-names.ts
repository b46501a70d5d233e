import 'server-only';
import type Database from 'better-sqlite3';
import { foldForSearch } from '@/lib/search/search-highlight';
import { ftsPhrase, type SearchTerm } from '@/lib/search/search-query';
import { indexWords, MIN_FORGIVEN_LENGTH, SpellingIndex } from '@/lib/search/spelling';

type City = { slug: string; name: string; localName: string | null; words: string[] };
type CityRow = Omit<City, 'words'> & { otherNames: string };
type Cached = { generation: number; index: SpellingIndex; cities: City[] };
const cache = new WeakMap<Database.Database, Cached>();
const generationOf = (client: Database.Database) =>
  (lookups(client).generation.get() as { generation: number }).generation;

/**
 * The names the directory knows, built once per connection and again only after a write that
 * changed a name (search_names_generation, migration 0006): the words of people's names as the
 * index holds them, and each city's names as one group (Geneva, Genève).
 */
export function namesIndex(client: Database.Database): SpellingIndex {
  return names(client).index;
}

function names(client: Database.Database): Cached {
  const generation = generationOf(client);
  const cached = cache.get(client);
  if (cached?.generation === generation) return cached;
  // fts5vocab lists each distinct word of the index once: far fewer rows than the contacts.
  client.exec(
    `create virtual table if not exists temp.contacts_fts_words using fts5vocab(main, 'contacts_fts', 'col')`,
  );
  const words = client
    .prepare(`select distinct term from temp.contacts_fts_words where col in ('full_name', 'local_name')`)
    .pluck()
    .all() as string[];
  // Every name of a city is one group: its English and local names and its name in each language Pressline
  // is read in (Geneva, Genève, Женева), so any of them finds the city and, through it, the people there.
  const rows = client
    .prepare(
      `select slug, name, local_name as localName,
         (select json_group_array(n.name) from city_names n where n.city_id = cities.id) as otherNames
       from cities`,
    )
    .all() as CityRow[];
  const groups = rows.map((c) => [
    ...new Set([c.name, ...(c.localName ? [c.localName] : []), ...(JSON.parse(c.otherNames) as string[])]),
  ]);
  const cities = rows.map(({ slug, name, localName }, i) => ({
    slug,
    name,
    localName,
    words: indexWords(groups[i]!.join(' ')),
  }));
  const index = new SpellingIndex(words, groups);
  const built = { generation, index, cities };
  cache.set(client, built);
  return built;
}

/** The cities that every term names: a word of the city's name or local name, in any spelling the term has. */
export function namedCities(client: Database.Database, terms: SearchTerm[]): Omit<City, 'words'>[] {
  const wanted = terms.map((t) => ({
    ...t,
    word: foldForSearch(t.word),
    others: new Set((t.alternatives ?? []).flat()),
  }));
  const isNamed = (c: City) =>
    wanted.every((t) => c.words.some((w) => w === t.word || t.others.has(w) || (t.prefix && w.startsWith(t.word))));
  return names(client)
    .cities.filter(isNamed)
    .map(({ slug, name, localName }) => ({ slug, name, localName }));
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();
const prepare = (client: Database.Database) => ({
  generation: client.prepare('select generation from search_names_generation'),
  people: client.prepare(`select 1 from contacts_fts where contacts_fts match ? limit 1`),
  releases: client.prepare(`select 1 from releases_fts where releases_fts match ? limit 1`),
});
const lookups = (client: Database.Database) =>
  statements.get(client) ?? statements.set(client, prepare(client)).get(client)!;

/**
 * Adds to each term the other spellings that count as it. A word that matches nothing anywhere, as
 * typed, is also forgiven one typo against the names ("tomaso" → Tommaso); a word that matches
 * something is taken as meant.
 */
export function withOtherSpellings(client: Database.Database, terms: SearchTerm[]): SearchTerm[] {
  const names = namesIndex(client);
  const { people, releases } = lookups(client);
  const anywhere = (term: SearchTerm) =>
    people.get(ftsPhrase(term)) !== undefined || releases.get(ftsPhrase(term)) !== undefined;
  return terms.map((term) => {
    const word = foldForSearch(term.word);
    const forgive = [...word].length >= MIN_FORGIVEN_LENGTH && !names.knows(word, term.prefix) && !anywhere(term);
    const alternatives = names.alternatives(word, forgive);
    return alternatives.length > 0 ? { ...term, alternatives } : term;
  });
}
