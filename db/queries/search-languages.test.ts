import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db';
import { seedDemoData } from '@/db/seed';
import { search, type SearchOutcome } from './search';

let db: Db;
const run = (sql: string, ...args: unknown[]) => db.$client.prepare(sql).run(...args);
beforeEach(() => {
  db = openDatabase(':memory:');
  seedDemoData(db);
  // Each demo city's name in Russian and French, as the directory's editors give them (city_names).
  const names = { moscow: ['Москва', 'Moscou'], geneva: ['Женева', 'Genève'], nairobi: ['Найроби', 'Nairobi'] };
  for (const [slug, [ru, fr]] of Object.entries(names))
    for (const [locale, name] of [
      ['ru', ru],
      ['fr', fr],
    ])
      run(
        `insert or replace into city_names (city_id, locale, name) select id, ?, ? from cities where slug = ?`,
        locale,
        name,
        slug,
      );
  run(`update search_names_generation set generation = generation + 1`);
});

type Ok = Extract<SearchOutcome, { status: 'ok' }>;
const ok = (q: string, locale: 'en' | 'ru' | 'fr' = 'en'): Ok => {
  const outcome = search(db, q, new Date(), locale);
  if (outcome.status !== 'ok') throw new Error(`"${q}" was not searched: ${outcome.status}`);
  return outcome;
};
const found = (q: string) => {
  const { cities, releases } = ok(q);
  return { cities: cities.map((c) => c.slug), releases: releases.items.map((r) => r.slug), total: releases.total };
};
const datelined = (slug: string) =>
  (
    db.$client
      .prepare(
        `select r.slug from releases r join release_datelines d on d.release_id = r.id join cities c on c.id = d.city_id
         where c.slug = ? and r.status = 'published' order by r.slug`,
      )
      .all(slug) as { slug: string }[]
  ).map((r) => r.slug);

describe('search in any language', () => {
  it('finds the same city and the same releases for Geneva, Genève and Женева', () => {
    const geneva = found('Geneva');
    expect(geneva.cities).toEqual(['geneva']);
    for (const q of ['Женева', 'Genève', 'geneve', 'ЖЕНЕВА ']) expect(found(q), q).toEqual(geneva);
    // Every release datelined Geneva is found, also those whose text never names the city.
    const ten = [...geneva.releases].sort();
    expect(datelined('geneva').length).toBeGreaterThan(10);
    expect(geneva.total).toBe(datelined('geneva').length);
    for (const slug of ten) expect(datelined('geneva')).toContain(slug);
    // The heat advice is datelined Panama City and Geneva, and its text names neither.
    expect(geneva.releases).toContain('example-heat-advice-older-people');
  });

  it('finds a release by the city it is datelined in, though its text names the city in no language', () => {
    for (const q of ['moscow', 'Москва', 'Moscou']) {
      const moscow = found(q);
      expect(moscow.cities, q).toEqual(['moscow']);
      // The Rocca release and its translations are datelined Moscow: found by the dateline, whatever their text says.
      expect([...moscow.releases].sort(), q).toEqual(datelined('moscow'));
      expect(moscow.releases, q).toContain('ifrc-president-rocca-meets-president-putin');
    }
  });

  it('ranks the releases that name the city and are datelined there first, then the others', () => {
    const { releases } = ok('geneva');
    const marked = releases.items.map((r) => [...r.title, ...r.excerpt].some((s) => s.marked));
    // Text matches first (in their ranked order), then datelined-only ones: no marked item after an unmarked one.
    expect(marked.indexOf(false)).toBeGreaterThan(0);
    expect(marked.slice(marked.indexOf(false))).not.toContain(true);
  });

  it('takes a city’s releases only when the query is the whole name, not a word of it', () => {
    expect(found('panama city').releases).toContain('example-heat-advice-older-people');
    expect(found('city').cities).toEqual(['panama-city']);
    expect(found('city').releases).not.toContain('example-heat-advice-older-people');
    expect(found('geneva heat').releases).not.toContain('example-flood-preparedness-drill-kenya');
  });

  it('leaves queries that are not a city name as they were', () => {
    expect(found('putin')).toEqual({
      cities: [],
      releases: ['ifrc-president-rocca-meets-president-putin'],
      total: 1,
    });
    expect(found('flood').releases).toEqual(['example-flood-preparedness-drill-kenya']);
    expect(found('nothing-like-this').total).toBe(0);
  });

  it('names the cities and datelines in the reader’s language', () => {
    const ru = ok('Женева', 'ru');
    expect(ru.cities.map((c) => [c.name, c.localName])).toEqual([['Женева', 'Genève']]);
    expect(ok('Москва', 'ru').releases.items[0]?.dateline).toEqual([
      { place: 'Москва', citySlug: 'moscow' },
      { place: 'Женева', citySlug: 'geneva' },
    ]);
    expect(ok('moscow', 'ru').cities.map((c) => [c.name, c.localName])).toEqual([['Москва', null]]);
    expect(ok('geneva', 'fr').cities.map((c) => [c.name, c.localName])).toEqual([['Genève', null]]);
    expect(ok('geneva').cities.map((c) => [c.name, c.localName])).toEqual([['Geneva', 'Genève']]);
  });
});
