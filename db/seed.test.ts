import { describe, expect, it } from 'vitest';
import { openDatabase } from './';
import { isEmpty, seedDemoData } from './seed';

describe('seedDemoData', () => {
  it('loads the reference contacts with their printed numbers and no e-mail, once', () => {
    const db = openDatabase(':memory:');
    expect(isEmpty(db)).toBe(true);
    expect(seedDemoData(db)).toBe(true);
    expect(seedDemoData(db)).toBe(false);
    const rows = db.$client
      .prepare(
        `select c.full_name, ci.name as city, c.email, group_concat(p.e164) as phones
         from contacts c join cities ci on ci.id = c.city_id join contact_phones p on p.contact_id = c.id
         where c.slug in ('ayuna-batoeva', 'tommaso-della-longa', 'marie-claudet') and p.kind = 'mobile'
         group by c.id order by c.id`,
      )
      .all();
    expect(rows).toEqual([
      { full_name: 'Ayuna Batoeva', city: 'Moscow', email: null, phones: '+79166676977' },
      { full_name: 'Tommaso Della Longa', city: 'Moscow', email: null, phones: '+41797084367' },
      { full_name: 'Marie Claudet', city: 'Geneva', email: null, phones: '+33786895089' },
    ]);
    const placeholder = db.$client.prepare(`select count(*) as n from contacts where email like '%protected%'`).get();
    expect(placeholder).toEqual({ n: 0 });
  });
});
