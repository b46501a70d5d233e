import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelease } from '@/lib/release-import';
import { openDatabase } from '..';
import type { Actor } from '@/lib/auth/rules';
import type { CityInput } from '@/lib/directory/city-form';
import { approveImportedContact } from './contacts-admin';
import { matchImportedContacts, saveImportedRelease, saveReviewedImport } from './release-import';
import { AwaitingReviewError, setReleaseStatus } from './releases';
import { seedDemoData } from '../seed';

const reference = fs.readFileSync(
  new URL('../../fixtures/releases/ifrc-moscow-geneva-2021-12-06.txt', import.meta.url),
  'utf8',
);

describe('release import against the database', () => {
  it('recognises the three reference contacts by their phone numbers', () => {
    const db = openDatabase(':memory:');
    seedDemoData(db);
    const matches = matchImportedContacts(db, parseRelease(reference));
    expect(matches.map((m) => [m.parsed.name, m.match?.slug, m.match?.by])).toEqual([
      ['Ayuna Batoeva', 'ayuna-batoeva', 'phone'],
      ['Tommaso Della Longa', 'tommaso-della-longa', 'phone'],
      ['Marie Claudet', 'marie-claudet', 'phone'],
    ]);
  });

  it('saves a draft, links known people and creates new ones inactive', () => {
    const db = openDatabase(':memory:');
    seedDemoData(db);
    const text = [
      'Example: drought response expands in the Horn of Africa',
      '',
      'Nairobi, 3 March 2026 – Example text of a fictional release.',
      '',
      'For more information, please contact:',
      'In Nairobi: Wanjiru Kamau, +44 20 7946 0121',
      'In Nairobi: Otieno Achieng, Field reporter, +44 20 7946 0999, otieno.achieng@example.org',
    ].join('\n');
    const saved = saveImportedRelease(db, parseRelease(text), { body: text });
    expect(saved).toMatchObject({
      slug: 'example-drought-response-expands-in-the-horn-of-africa',
      linked: ['Wanjiru Kamau'],
      created: ['Otieno Achieng'],
    });
    const release = db.$client
      .prepare('select status, published_on, title from releases where id = ?')
      .get(saved.releaseId);
    expect(release).toEqual({
      status: 'draft',
      published_on: '2026-03-03',
      title: 'Example: drought response expands in the Horn of Africa',
    });
    const listed = db.$client
      .prepare(
        'select c.full_name, c.active, rc.city_label from release_contacts rc join contacts c on c.id = rc.contact_id where rc.release_id = ? order by rc.position',
      )
      .all(saved.releaseId);
    expect(listed).toEqual([
      { full_name: 'Wanjiru Kamau', active: 1, city_label: 'Nairobi' },
      { full_name: 'Otieno Achieng', active: 0, city_label: 'Nairobi' },
    ]);
    // Saving the same text again makes a second draft with its own slug, and matches the now-known person by phone.
    const again = saveImportedRelease(db, parseRelease(text), { body: text });
    expect(again.slug).toBe('example-drought-response-expands-in-the-horn-of-africa-2');
    expect(again.created).toEqual([]);
    expect(again.linked).toEqual(['Wanjiru Kamau', 'Otieno Achieng']);
  });
});

describe('a reviewed import saved from the admin screen', () => {
  const admin: Actor = { userId: 'admin', email: 'admin@example.org', role: 'admin', contactId: null };
  const officer: Actor = { userId: 'officer', email: 'officer@example.org', role: 'officer', contactId: 1 };
  const setUp = () => {
    const db = openDatabase(':memory:');
    seedDemoData(db);
    db.$client
      .prepare("insert into users (id, name, email, role) values ('admin', 'Admin', 'admin@example.org', 'admin')")
      .run();
    const id = (slug: string) =>
      (db.$client.prepare('select id from contacts where slug = ?').get(slug) as { id: number }).id;
    const geneva = (db.$client.prepare("select id from cities where slug = 'geneva'").get() as { id: number }).id;
    const input = {
      release: {
        title: 'Example: winter appeal',
        publishedOn: '2026-11-20',
        dateline: ['Geneva'],
        summary: 'A fictional appeal.',
        body: 'Text.',
      },
      rows: [
        { contactId: id('marie-claudet'), cityLabel: 'Geneva' },
        {
          cityLabel: '',
          create: {
            fullName: 'Example Person',
            role: 'Spokesperson',
            organisation: 'IFRC',
            cityId: geneva,
            newCity: null,
            email: 'person@example.org',
            bio: 'Speaks French',
            phones: [{ kind: 'mobile' as const, e164: '+41790000001', extension: null }],
          },
        },
      ],
      newCities: [] as CityInput[],
    };
    return { db, input };
  };

  it('stores the draft, the new person awaiting review with their number, and an audit trail, in one go', () => {
    const { db, input } = setUp();
    const saved = saveReviewedImport(db, admin, input, new Date('2026-11-28T10:00:00Z'));
    expect(saved).toEqual({
      slug: 'example-winter-appeal',
      created: [{ slug: 'example-person', fullName: 'Example Person' }],
      createdCities: [],
      paths: [],
    });
    const listed = db.$client
      .prepare(
        'select c.full_name, c.active, c.successor_id, c.email, rc.city_label from release_contacts rc join contacts c on c.id = rc.contact_id join releases r on r.id = rc.release_id where r.slug = ? order by rc.position',
      )
      .all(saved.slug);
    expect(listed).toEqual([
      { full_name: 'Marie Claudet', active: 1, successor_id: null, email: null, city_label: 'Geneva' },
      // A blank label means the person's city.
      { full_name: 'Example Person', active: 0, successor_id: null, email: 'person@example.org', city_label: 'Geneva' },
    ]);
    expect(
      db.$client
        .prepare(
          "select e164, kind from contact_phones p join contacts c on c.id = p.contact_id where c.slug = 'example-person'",
        )
        .all(),
    ).toEqual([{ e164: '+41790000001', kind: 'mobile' }]);
    expect(db.$client.prepare("select status from releases where slug = 'example-winter-appeal'").get()).toEqual({
      status: 'draft',
    });
    const audited = db.$client
      .prepare('select entity, entity_label from audit_log group by entity, entity_label order by entity')
      .all();
    expect(audited).toEqual([
      { entity: 'contact', entity_label: 'Example Person' },
      { entity: 'release', entity_label: 'Example: winter appeal' },
    ]);
  });

  it('is refused to an officer, and stores nothing', () => {
    const { db, input } = setUp();
    const before = db.$client
      .prepare('select (select count(*) from contacts) c, (select count(*) from releases) r')
      .get();
    expect(() => saveReviewedImport(db, officer, input)).toThrow(/may not import/);
    expect(
      db.$client.prepare('select (select count(*) from contacts) c, (select count(*) from releases) r').get(),
    ).toEqual(before);
  });

  it('cannot be published until the new person is added to the directory', () => {
    const { db, input } = setUp();
    const saved = saveReviewedImport(db, admin, input);
    const releaseId = (db.$client.prepare('select id from releases where slug = ?').get(saved.slug) as { id: number })
      .id;
    expect(() => setReleaseStatus(db, admin, releaseId, 'published')).toThrow(AwaitingReviewError);
    const personId = (
      db.$client.prepare("select id from contacts where slug = 'example-person'").get() as { id: number }
    ).id;
    const approved = approveImportedContact(db, admin, personId);
    expect(approved?.paths).toContain('/contacts/example-person');
    // Approving twice, or approving someone who left, changes nothing.
    expect(approveImportedContact(db, admin, personId)).toBeNull();
    expect(setReleaseStatus(db, admin, releaseId, 'published').paths).toContain(`/releases/${saved.slug}`);
  });

  it('creates a new city with the import, files the new person there and links the dateline to it', () => {
    const { db, input } = setUp();
    const lima = {
      name: 'Lima',
      country: 'PE',
      timeZone: 'America/Lima',
      deskEmail: 'prensa@example.org',
      dutyPhone: '+5115550100',
    };
    const row = input.rows[1]!;
    const withCity = {
      release: { ...input.release, dateline: ['Lima'], about: 'About the Example Red Cross' },
      rows: [input.rows[0]!, { cityLabel: '', create: { ...row.create!, cityId: null, newCity: 0 } }],
      newCities: [lima],
    };
    const saved = saveReviewedImport(db, admin, withCity);
    expect(saved.createdCities).toEqual(['Lima']);
    expect(saved.paths).toEqual(['/', '/cities/lima']);
    const q = (sql: string) => db.$client.prepare(sql).get();
    expect(q("select name, country, time_zone, desk_email, duty_phone from cities where slug = 'lima'")).toEqual({
      name: 'Lima',
      country: 'PE',
      time_zone: 'America/Lima',
      desk_email: 'prensa@example.org',
      duty_phone: '+5115550100',
    });
    expect(
      q("select ci.slug from contacts c join cities ci on ci.id = c.city_id where c.slug = 'example-person'"),
    ).toEqual({ slug: 'lima' });
    expect(
      q(
        "select ci.slug from release_datelines d join cities ci on ci.id = d.city_id join releases r on r.id = d.release_id where r.slug = 'example-winter-appeal'",
      ),
    ).toEqual({ slug: 'lima' });
    expect(q("select about from releases where slug = 'example-winter-appeal'")).toEqual({
      about: 'About the Example Red Cross',
    });
    expect(
      q("select count(distinct entity_id) n from audit_log where entity = 'city' and entity_label = 'Lima'"),
    ).toEqual({ n: 1 });
    expect(
      q(
        "select rc.city_label from release_contacts rc join contacts c on c.id = rc.contact_id where c.slug = 'example-person'",
      ),
    ).toEqual({ city_label: 'Lima' });
  });
});
