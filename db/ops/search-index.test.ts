import { describe, expect, it } from 'vitest';
import { openDatabase } from '..';
import { rebuildSearchIndex, withSearchIndexRebuiltAfter } from './search-index';
import { seedDemoData } from '../seed';

const indexed = (db: ReturnType<typeof openDatabase>) => ({
  contacts: db.$client.prepare(`select rowid, * from contacts_fts order by rowid`).all(),
  releases: db.$client
    .prepare(`select rowid from releases_fts where releases_fts match 'fictional OR putin' order by rowid`)
    .all(),
});

describe('rebuildSearchIndex', () => {
  it('builds the same index the triggers keep, published and active only', () => {
    const db = openDatabase(':memory:');
    seedDemoData(db);
    db.$client.prepare(`update contacts set active = 0 where slug = 'jonas-weber'`).run();
    const before = indexed(db);
    rebuildSearchIndex(db);
    expect(indexed(db)).toEqual(before);
    expect(before.contacts).toHaveLength(9);
    expect(before.releases).toHaveLength(13);
    expect(() =>
      db.$client.exec(`insert into releases_fts (releases_fts, rank) values ('integrity-check', 1)`),
    ).not.toThrow();
  });

  it('after a bulk load without triggers, indexes it and puts the triggers back', () => {
    const db = openDatabase(':memory:');
    const triggers = () =>
      db.$client.prepare(`select name from sqlite_master where type = 'trigger' order by name`).all();
    const all = triggers();
    expect(all).toHaveLength(16); // 10 that fill the index (0004), 6 that date the list of names (0006)
    withSearchIndexRebuiltAfter(db, () => {
      expect(triggers()).toEqual([]);
      seedDemoData(db);
    });
    expect(triggers()).toEqual(all);
    expect(
      db.$client.prepare(`select count(*) as n from contacts_fts where contacts_fts match 'geneve'`).get(),
    ).toEqual({ n: 3 });
  });
});
