import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './index';
import { publicPathsForCity, publicPathsForContact, publicPathsForRelease, RELEASE_LISTS } from './public-paths';
import { seedDemoData } from './seed';

let db: Db;
const idOf = (table: 'contacts' | 'releases' | 'cities', slug: string) =>
  (db.$client.prepare(`select id from ${table} where slug = ?`).get(slug) as { id: number }).id;
const ROCCA = 'ifrc-president-rocca-meets-president-putin';

beforeAll(() => {
  db = openDatabase(':memory:');
  seedDemoData(db);
});

describe('publicPathsForContact', () => {
  it('lists their pages, vCard, city, API entries and the published releases and feeds that show them', () => {
    expect(publicPathsForContact(db, idOf('contacts', 'ayuna-batoeva'))).toEqual([
      '/',
      '/api/v1/contacts',
      '/api/v1/contacts/ayuna-batoeva',
      `/api/v1/releases/${ROCCA}`,
      '/cities/moscow',
      '/contacts/ayuna-batoeva',
      '/contacts/ayuna-batoeva/vcard',
      '/feeds/cities/geneva.xml',
      '/feeds/cities/moscow.xml',
      '/feeds/releases.xml',
      `/releases/${ROCCA}`,
    ]);
  });

  it('includes whoever shows their numbers as a delegate, and never a draft', () => {
    const paths = publicPathsForContact(db, idOf('contacts', 'marie-claudet'));
    // Jonas Weber is on leave and his card, page, API entry and releases show Marie's numbers.
    expect(paths).toEqual(expect.arrayContaining(['/contacts/jonas-weber', '/api/v1/contacts/jonas-weber', '/releases/example-flood-preparedness-drill-kenya']));
    expect(paths.filter((p) => p.includes('draft'))).toEqual([]);
    expect(paths).toHaveLength(30);
  });

  it('follows a successor: the departed contact’s page names who to call now', () => {
    db.$client.prepare(`update contacts set successor_id = ?, active = 0 where id = ?`).run(idOf('contacts', 'daniel-hughes'), idOf('contacts', 'nur-aisyah-rahman'));
    expect(publicPathsForContact(db, idOf('contacts', 'daniel-hughes'))).toEqual(
      expect.arrayContaining(['/contacts/nur-aisyah-rahman', '/releases/example-cyclone-season-briefing']),
    );
  });
});

describe('publicPathsForRelease', () => {
  it('lists its page, every release list, home, dateline cities, feeds, API and the people it lists', () => {
    expect(publicPathsForRelease(db, idOf('releases', ROCCA))).toEqual([
      '/',
      '/api/v1/releases',
      `/api/v1/releases/${ROCCA}`,
      '/cities/geneva',
      '/cities/moscow',
      '/contacts/ayuna-batoeva',
      '/contacts/marie-claudet',
      '/contacts/tommaso-della-longa',
      '/feeds/cities/geneva.xml',
      '/feeds/cities/moscow.xml',
      '/feeds/releases.xml',
      RELEASE_LISTS,
      `/releases/${ROCCA}`,
    ]);
  });
});

describe('publicPathsForCity', () => {
  it('lists the city, its feed, the list filters and everything its contacts appear on', () => {
    expect(publicPathsForCity(db, idOf('cities', 'moscow'))).toEqual([
      '/',
      '/api/v1/cities',
      '/api/v1/contacts',
      '/api/v1/contacts/ayuna-batoeva',
      '/api/v1/contacts/tommaso-della-longa',
      `/api/v1/releases/${ROCCA}`,
      '/cities/moscow',
      '/contacts/ayuna-batoeva',
      '/contacts/ayuna-batoeva/vcard',
      '/contacts/tommaso-della-longa',
      '/contacts/tommaso-della-longa/vcard',
      '/feeds/cities/geneva.xml',
      '/feeds/cities/moscow.xml',
      '/feeds/releases.xml',
      RELEASE_LISTS,
      `/releases/${ROCCA}`,
    ]);
  });
});
