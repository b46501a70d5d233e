import 'server-only';
import type Database from 'better-sqlite3';
import { foldForSearch } from '@/lib/search/search-highlight';
import { ftsPhrase, type SearchTerm } from '@/lib/search/search-query';
import { MIN_FORGIVEN_LENGTH, SpellingIndex } from '@/lib/search/spelling';

type Cached = { generation: number; index: SpellingIndex };
const cache = new WeakMap<Database.Database, Cached>();
const generationOf = (client: Database.Database) =>
  (client.prepare('select generation from search_names_generation').get() as { generation: number }).generation;

/**
 * The names the directory knows, built once per connection and again only after a write that
 * changed a name (search_names_generation, migration 0006): the words of people's names as the
 * index holds them, and each city's names as one group (Geneva, Genève).
 */
export function namesIndex(client: Database.Database): SpellingIndex {
  const generation = generationOf(client);
  const cached = cache.get(client);
  if (cached?.generation === generation) return cached.index;
  // fts5vocab lists each distinct word of the index once: far fewer rows than the contacts.
  client.exec(`create virtual table if not exists temp.contacts_fts_words using fts5vocab(main, 'contacts_fts', 'col')`);
  const words = client
    .prepare(`select distinct term from temp.contacts_fts_words where col in ('full_name', 'local_name')`)
    .pluck()
    .all() as string[];
  const cities = client.prepare('select name, local_name as localName from cities').all() as { name: string; localName: string | null }[];
  const index = new SpellingIndex(
    words,
    cities.map((c) => (c.localName ? [c.name, c.localName] : [c.name])),
  );
  cache.set(client, { generation, index });
  return index;
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();
const prepare = (client: Database.Database) => ({
  people: client.prepare(`select 1 from contacts_fts where contacts_fts match ? limit 1`),
  releases: client.prepare(`select 1 from releases_fts where releases_fts match ? limit 1`),
});
const lookups = (client: Database.Database) => statements.get(client) ?? statements.set(client, prepare(client)).get(client)!;

/**
 * Adds to each term the other spellings that count as it. A word that matches nothing anywhere, as
 * typed, is also forgiven one typo against the names ("tomaso" → Tommaso); a word that matches
 * something is taken as meant.
 */
export function withOtherSpellings(client: Database.Database, terms: SearchTerm[]): SearchTerm[] {
  const names = namesIndex(client);
  const { people, releases } = lookups(client);
  const anywhere = (term: SearchTerm) => people.get(ftsPhrase(term)) !== undefined || releases.get(ftsPhrase(term)) !== undefined;
  return terms.map((term) => {
    const word = foldForSearch(term.word);
    const forgive = [...word].length >= MIN_FORGIVEN_LENGTH && !names.knows(word, term.prefix) && !anywhere(term);
    const alternatives = names.alternatives(word, forgive);
    return alternatives.length > 0 ? { ...term, alternatives } : term;
  });
}
