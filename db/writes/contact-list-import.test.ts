import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/rules';
import { listToFormValues, parseListForm } from '@/lib/contact-lists/list-form';
import { readVCardFile } from '@/lib/contact-lists/vcard-file';
import { openDatabase } from '..';
import { seedDemoData } from '../seed';
import { matchListedPeople, saveListedPeople } from './contact-list-import';

const file = fs.readFileSync(new URL('../../fixtures/contact-lists/press-office.vcf', import.meta.url), 'utf8');
const admin: Actor = { userId: 'admin', email: 'admin@example.org', role: 'admin', contactId: null };
const officer: Actor = { userId: 'officer', email: 'officer@example.org', role: 'officer', contactId: 1 };

function setUp() {
  const db = openDatabase(':memory:');
  seedDemoData(db);
  db.$client
    .prepare("insert into users (id, name, email, role) values ('admin', 'Admin', 'admin@example.org', 'admin')")
    .run();
  const read = readVCardFile(file);
  if (!read.ok) throw new Error(read.error);
  const nairobi = (db.$client.prepare("select id from cities where slug = 'nairobi'").get() as { id: number }).id;
  const cityIds = new Set((db.$client.prepare('select id from cities').all() as { id: number }[]).map((c) => c.id));
  const ctx = {
    cityIds,
    knownAs: (p: Parameters<typeof matchListedPeople>[1][number]) => matchListedPeople(db, [p])[0]?.fullName ?? null,
  };
  return { db, read, nairobi, ctx };
}

describe('a contact list imported from a .vcf', () => {
  it('recognises the demo’s Wanjiru Kamau by her e-mail and proposes the others as new', () => {
    const { db, read } = setUp();
    expect(matchListedPeople(db, read.people).map((m) => m && [m.fullName, m.by])).toEqual([
      null,
      ['Wanjiru Kamau', 'e-mail'],
      null,
    ]);
    // By a number to call, never by a fax.
    const byPhone = matchListedPeople(db, [
      { email: null, phones: [{ e164: '+442079460122', kind: 'mobile', extension: null }] },
      { email: null, phones: [{ e164: '+442079460122', kind: 'fax', extension: null }] },
    ]);
    expect(byPhone.map((m) => m && [m.fullName, m.by])).toEqual([['Peter Otieno', 'phone'], null]);
  });

  it('writes nothing until saved, refuses each wrong row in place, then creates the reviewed people awaiting review', () => {
    const { db, read, nairobi, ctx } = setUp();
    const count = () => db.$client.prepare('select count(*) n from contacts').get();
    const before = count();
    const values = listToFormValues(
      read.people,
      matchListedPeople(db, read.people).map((m) => m?.fullName ?? null),
      () => null,
    );
    expect(values['people.1.include']).toBe('');
    expect(values['people.0.include']).toBe('on');

    // No city chosen, Baraka's organisation emptied, the known person ticked anyway.
    const refused = parseListForm(
      (n) => ({ ...values, 'people.1.include': 'on', 'people.2.organisation': '' })[n] ?? '',
      ctx,
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.fieldErrors).toEqual({
      'people.0.cityId': 'Choose the city this person works from.',
      'people.1.include': 'Already in Pressline as Wanjiru Kamau: untick this row.',
      'people.2.cityId': 'Choose the city this person works from.',
      'people.2.organisation': 'Enter the organisation.',
    });
    expect(count()).toEqual(before);

    // A number changed in the hidden field is not stored.
    const tampered = JSON.stringify(
      read.people.map((p, i) => (i === 0 ? { ...p, phones: [{ e164: '+12', kind: 'mobile', extension: null }] } : p)),
    );
    const chosen: Record<string, string> = {
      ...values,
      'people.0.cityId': String(nairobi),
      'people.2.cityId': String(nairobi),
    };
    const bad = parseListForm((n) => ({ ...chosen, people: tampered })[n] ?? '', ctx);
    expect(!bad.ok && bad.fieldErrors['people.0.include']).toBe(
      'A number of this row could not be read back. Upload the file again.',
    );

    const ok = parseListForm((n) => chosen[n] ?? '', ctx);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(() => saveListedPeople(db, officer, ok.people)).toThrow(/may not import/);
    expect(saveListedPeople(db, admin, ok.people).map((c) => c.fullName)).toEqual(['Lucía Quispe', 'Baraka Otieno']);
    const stored = db.$client
      .prepare(
        "select c.full_name, c.active, c.email, group_concat(p.kind || ' ' || p.e164, ', ') phones from contacts c left join contact_phones p on p.contact_id = c.id where c.full_name in ('Lucía Quispe', 'Baraka Otieno') group by c.id order by c.id",
      )
      .all();
    expect(stored).toEqual([
      {
        full_name: 'Lucía Quispe',
        active: 0,
        email: 'lucia.quispe@example.org',
        phones: 'mobile +61491570120, fax +442079460120',
      },
      { full_name: 'Baraka Otieno', active: 0, email: null, phones: 'office +442079460190' },
    ]);
  });
});

describe('a contact list imported from a spreadsheet', () => {
  it('stores the languages read from the row, and drops a tag forged in the hidden field', () => {
    const { db, nairobi, ctx } = setUp();
    const person = {
      card: 2,
      fullName: 'Élodie Martin',
      organisation: 'Croix-Rouge',
      role: '',
      email: 'elodie.martin.sheet@example.org',
      phones: [{ e164: '+33612345678', kind: 'mobile' as const, extension: null }],
      city: 'Paris',
      languages: ['fr', 'en', 'not a tag'],
      problems: [],
    };
    const values = { ...listToFormValues([person], [null], () => nairobi) };
    const parsed = parseListForm((n) => values[n] ?? '', ctx);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    expect(parsed.people[0]!.languages).toEqual(['fr', 'en']);
    const [made] = saveListedPeople(db, admin, parsed.people);
    const tags = db.$client
      .prepare(
        'select tag from contact_languages l join contacts c on c.id = l.contact_id where c.slug = ? order by position',
      )
      .all(made!.slug);
    expect(tags).toEqual([{ tag: 'fr' }, { tag: 'en' }]);
  });
});
