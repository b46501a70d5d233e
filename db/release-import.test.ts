import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelease } from '@/lib/release-import';
import { openDatabase } from './index';
import { matchImportedContacts, saveImportedRelease } from './release-import';
import { seedDemoData } from './seed';

const reference = fs.readFileSync(new URL('../../shared/reference/ifrc-release-2021-12-06.txt', import.meta.url), 'utf8');

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
    const saved = saveImportedRelease(db, parseRelease(text), { text });
    expect(saved).toMatchObject({ slug: 'example-drought-response-expands-in-the-horn-of-africa', linked: ['Wanjiru Kamau'], created: ['Otieno Achieng'] });
    const release = db.$client.prepare('select status, published_on, title from releases where id = ?').get(saved.releaseId);
    expect(release).toEqual({ status: 'draft', published_on: '2026-03-03', title: 'Example: drought response expands in the Horn of Africa' });
    const listed = db.$client
      .prepare('select c.full_name, c.active, rc.city_label from release_contacts rc join contacts c on c.id = rc.contact_id where rc.release_id = ? order by rc.position')
      .all(saved.releaseId);
    expect(listed).toEqual([
      { full_name: 'Wanjiru Kamau', active: 1, city_label: 'Nairobi' },
      { full_name: 'Otieno Achieng', active: 0, city_label: 'Nairobi' },
    ]);
    // Saving the same text again makes a second draft with its own slug, and matches the now-known person by phone.
    const again = saveImportedRelease(db, parseRelease(text), { text });
    expect(again.slug).toBe('example-drought-response-expands-in-the-horn-of-africa-2');
    expect(again.created).toEqual([]);
    expect(again.linked).toEqual(['Wanjiru Kamau', 'Otieno Achieng']);
  });
});
