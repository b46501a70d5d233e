import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release';
import { blockOnly, phone } from './test-helpers';

// Fictional people; Swiss 555 numbers, Ofcom's drama range (020 7946 0xxx) and US 555-01xx.
describe('parseRelease on English contact blocks: numbers and labels', () => {
  it('keeps fax numbers as faxes only, even when printed "Tel./Fax"', () => {
    const block = [
      'Contact: Press office, Tel. +41 22 555 01 23, Fax +41 22 555 01 99, press@example.org',
      'Jane Doe, Tel./Fax: +41 22 555 01 30',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly(
        [
          {
            city: null,
            name: null,
            role: 'Press office',
            phones: [phone('+41 22 555 01 23', '+41225550123'), phone('+41 22 555 01 99', '+41225550199', 'fax')],
            emails: ['press@example.org'],
            notes: [],
          },
          {
            city: null,
            name: 'Jane Doe',
            role: null,
            phones: [phone('+41 22 555 01 30', '+41225550130', 'fax')],
            emails: [],
            notes: [],
          },
        ],
        ['"+41 22 555 01 30" (Jane Doe) is printed as phone and fax: kept as fax only'],
      ),
    );
  });

  it('keeps extensions in the printed number and out of E.164', () => {
    const block =
      'Jane Doe, +41 22 555 01 23 ext. 123, jane.doe@example.org\nIn Washington: John Roe, (202) 555-0142 x204';
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: null,
          phones: [phone('+41 22 555 01 23 ext. 123', '+41225550123')],
          emails: ['jane.doe@example.org'],
          notes: [],
        },
        {
          city: 'Washington',
          name: 'John Roe',
          role: null,
          phones: [phone('(202) 555-0142 x204', '+12025550142')],
          emails: [],
          notes: [],
        },
      ]),
    );
  });

  it('reads "or" alternatives, which share the label printed before the first', () => {
    const block = [
      'Jane Doe: +41 79 555 01 23 or +41 22 555 01 23 (office)',
      'John Roe, Mob. +41 79 555 01 24 or +41 79 555 01 25',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: null,
          phones: [phone('+41 79 555 01 23', '+41795550123'), phone('+41 22 555 01 23', '+41225550123', 'landline')],
          emails: [],
          notes: [],
        },
        {
          city: null,
          name: 'John Roe',
          role: null,
          phones: [
            phone('+41 79 555 01 24', '+41795550124', 'mobile'),
            phone('+41 79 555 01 25', '+41795550125', 'mobile'),
          ],
          emails: [],
          notes: [],
        },
      ]),
    );
  });

  it('reads British and American ways of printing a number', () => {
    const block = [
      'Media enquiries',
      'London: Jane Doe, +44 (0)20 7946 0321, jane.doe@example.org',
      'Washington: John Roe, 202.555.0142, john.roe@example.org',
      'New York: Jane Roe, T: 212 555 0199 E: jane.roe@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'London',
          name: 'Jane Doe',
          role: null,
          phones: [phone('+44 (0)20 7946 0321', '+442079460321')],
          emails: ['jane.doe@example.org'],
          notes: [],
        },
        {
          city: 'Washington',
          name: 'John Roe',
          role: null,
          phones: [phone('202.555.0142', '+12025550142')],
          emails: ['john.roe@example.org'],
          notes: [],
        },
        {
          city: 'New York',
          name: 'Jane Roe',
          role: null,
          phones: [phone('212 555 0199', '+12125550199')],
          emails: ['jane.roe@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('reads (O) and (M) after numbers and M: before them', () => {
    const block =
      'Jane Doe +41 22 555 01 23 (O) +41 79 555 01 23 (M) jane.doe@example.org\nJohn Roe, Head of Press, O: +41 22 555 01 24 M: +41 79 555 01 24';
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: null,
          phones: [
            phone('+41 22 555 01 23', '+41225550123', 'landline'),
            phone('+41 79 555 01 23', '+41795550123', 'mobile'),
          ],
          emails: ['jane.doe@example.org'],
          notes: [],
        },
        {
          city: null,
          name: 'John Roe',
          role: 'Head of Press',
          phones: [
            phone('+41 22 555 01 24', '+41225550124', 'landline'),
            phone('+41 79 555 01 24', '+41795550124', 'mobile'),
          ],
          emails: [],
          notes: [],
        },
      ]),
    );
  });

  it('reads messaging apps, and keeps best hours and other remarks as notes', () => {
    const block = [
      'Jane Doe, +41 79 555 01 23 (WhatsApp, Signal), jane.doe@example.org (best reached after 18:00 CET), Twitter: @janedoe_example',
      'John Roe, Signal: +41 79 555 01 24, available 9:00–17:00 CET, weekdays only',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: null,
          phones: [phone('+41 79 555 01 23', '+41795550123', 'whatsapp')],
          emails: ['jane.doe@example.org'],
          notes: ['best reached after 18:00 CET', 'Twitter: @janedoe_example'],
        },
        {
          city: null,
          name: 'John Roe',
          role: null,
          phones: [phone('+41 79 555 01 24', '+41795550124', 'mobile')],
          emails: [],
          notes: ['available 9:00–17:00 CET, weekdays only'],
        },
      ]),
    );
  });

  // A duty line is a number to call like any other: the import's kinds are mobile, landline, fax and WhatsApp.
  it('reads duty lines, keeping the duty label out of names and roles', () => {
    const block = [
      'In Geneva:',
      'Jane Doe, Spokesperson, 24/7 duty phone: +41 79 555 01 99',
      'Duty press officer: +41 79 555 01 98',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Geneva',
          name: 'Jane Doe',
          role: 'Spokesperson',
          phones: [phone('+41 79 555 01 99', '+41795550199')],
          emails: [],
          notes: [],
        },
        {
          city: 'Geneva',
          name: null,
          role: 'Duty press officer',
          phones: [phone('+41 79 555 01 98', '+41795550198')],
          emails: [],
          notes: [],
        },
      ]),
    );
  });

  it('warns about numbers it cannot dial as printed', () => {
    // Two blocks: in one, the Swiss number would give the national one its country (see region.ts).
    expect(parseRelease('Jane Doe, 022 555 01 23, jane.doe@example.org')).toEqual(
      blockOnly(
        [
          {
            city: null,
            name: 'Jane Doe',
            role: null,
            phones: [phone('022 555 01 23', null)],
            emails: ['jane.doe@example.org'],
            notes: [],
          },
        ],
        ['No country for "022 555 01 23" (Jane Doe): add the country code'],
      ),
    );
    expect(parseRelease('John Roe, +41 79 555 01')).toEqual(
      blockOnly(
        [{ city: null, name: 'John Roe', role: null, phones: [phone('+41 79 555 01', null)], emails: [], notes: [] }],
        [
          'Cannot read "+41 79 555 01" (John Roe): “+41 79 555 01” has too few digits for a number in Switzerland (+41).',
        ],
      ),
    );
  });

  it('takes the country of a city from knownCities, and warns when nobody knows it', () => {
    // Musanze is too small for the gazetteer: only the press office's own list knows it.
    const block = 'In Musanze:\nJane Uwase, 0788 123 456, jane.uwase@example.org';
    const contact = { city: 'Musanze', name: 'Jane Uwase', role: null, emails: ['jane.uwase@example.org'], notes: [] };
    expect(parseRelease(block, { knownCities: [{ name: 'Musanze', country: 'RW' }] })).toEqual(
      blockOnly([{ ...contact, phones: [phone('0788 123 456', '+250788123456')] }]),
    );
    expect(parseRelease(block)).toEqual(
      blockOnly(
        [{ ...contact, phones: [phone('0788 123 456', null)] }],
        ['No country for "0788 123 456" (Jane Uwase): add the country code'],
      ),
    );
  });

  it('reads "+ 41", "0041", "+972/2/…" and a Swiss mobile for a Moscow spokesperson with a Cyrillic name', () => {
    const block = [
      'In Moscow:',
      'Ирина Смирнова, + 41 79 555 01 27, irina.smirnova@example.org',
      'Jane Doe, 0041 22 555 01 28',
      'In Jerusalem: Dana Levi, +972/2/123 4567',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Moscow',
          name: 'Ирина Смирнова',
          role: null,
          phones: [phone('+ 41 79 555 01 27', '+41795550127')],
          emails: ['irina.smirnova@example.org'],
          notes: [],
        },
        {
          city: 'Moscow',
          name: 'Jane Doe',
          role: null,
          phones: [phone('0041 22 555 01 28', '+41225550128')],
          emails: [],
          notes: [],
        },
        {
          city: 'Jerusalem',
          name: 'Dana Levi',
          role: null,
          phones: [phone('+972/2/123 4567', '+97221234567')],
          emails: [],
          notes: [],
        },
      ]),
    );
  });
});
