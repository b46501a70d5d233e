import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readVCardFile } from './vcard-file';

// Five cards as Apple (3.0), Google (3.0), old Outlook (2.1) and 4.0 write them; two cannot be used.
const file = readFileSync(new URL('../../fixtures/contact-lists/press-office.vcf', import.meta.url), 'utf8');

describe('readVCardFile', () => {
  it('reads every usable card with typed numbers, and says why the others were refused', () => {
    const result = readVCardFile(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.people.map((p) => [p.card, p.fullName, p.organisation, p.role, p.email, p.city])).toEqual([
      [1, 'Lucía Quispe', 'Example Red Cross', 'Communications officer', 'lucia.quispe@example.org', 'Lima'],
      [2, 'Wanjiru Kamau', '', '', 'wanjiru.kamau@example.org', null],
      [3, 'Baraka Otieno', 'Example Red Cross', '', null, 'London'],
    ]);
    // TYPE=CELL is a mobile, TYPE=FAX stays a fax; a national number is read in the work address's country.
    expect(result.people[0]!.phones).toEqual([
      { e164: '+61491570120', kind: 'mobile', extension: null },
      { e164: '+442079460120', kind: 'fax', extension: null },
    ]);
    expect(result.people[2]!.phones).toEqual([{ e164: '+442079460190', kind: 'office', extension: null }]);
    expect(result.people[2]!.problems).toEqual(['12: “12” has too few digits for a number in United Kingdom (+44).']);
    expect(result.refused).toEqual([
      {
        card: 4,
        label: 'Press desk without means',
        reason: 'No e-mail address and no number to call: a journalist could not reach them.',
      },
      {
        card: 5,
        label: 'nobody@example.org',
        reason: 'The card has no name (FN or N): Pressline lists people by name.',
      },
    ]);
  });

  it('refuses a file that is no vCard, with a reason', () => {
    expect(readVCardFile('Name,Phone\nJane,+41')).toMatchObject({ ok: false });
    expect(readVCardFile('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toEqual({
      ok: false,
      error: 'There is no contact card (BEGIN:VCARD) in this file.',
    });
  });
});
