import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release';
import { blockOnly, phone } from './test-helpers';

// Fictional people; Swiss 555 numbers, Ofcom's drama range (020 7946 0xxx) and US 555-01xx.
describe('parseRelease on English contact blocks: layouts', () => {
  it('groups people under the city label above them', () => {
    const block = [
      'Media contacts',
      '',
      'In Geneva,',
      'Jane Doe, Spokesperson, +41 79 555 01 23, jane.doe@example.org',
      'John Roe, Head of Media, Phone: +41 22 555 01 24, john.roe@example.org',
      '',
      'In Nairobi: Amina Wanjiru, cell 0722 000 123, amina.wanjiru@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Geneva',
          name: 'Jane Doe',
          role: 'Spokesperson',
          phones: [phone('+41 79 555 01 23', '+41795550123')],
          emails: ['jane.doe@example.org'],
          notes: [],
        },
        {
          city: 'Geneva',
          name: 'John Roe',
          role: 'Head of Media',
          phones: [phone('+41 22 555 01 24', '+41225550124')],
          emails: ['john.roe@example.org'],
          notes: [],
        },
        // A national number takes the country of the city label: Nairobi → KE.
        {
          city: 'Nairobi',
          name: 'Amina Wanjiru',
          role: null,
          phones: [phone('0722 000 123', '+254722000123', 'mobile')],
          emails: ['amina.wanjiru@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('reads people named inside a sentence, with their numbers in brackets', () => {
    const block =
      'For further information, please contact Jane Doe (+41 22 555 01 23, jane.doe@example.org) or John Roe, Media Officer (+41 79 555 01 24).';
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: null,
          phones: [phone('+41 22 555 01 23', '+41225550123')],
          emails: ['jane.doe@example.org'],
          notes: [],
        },
        {
          city: null,
          name: 'John Roe',
          role: 'Media Officer',
          phones: [phone('+41 79 555 01 24', '+41795550124')],
          emails: [],
          notes: [],
        },
      ]),
    );
  });

  it('reads bulleted lines of every bullet style, and a desk among the people', () => {
    const block = [
      'Press contacts:',
      '- Jane Doe, Spokesperson (English, French): +41 79 555 01 23 / jane.doe@example.org',
      '• John Roe – Communications Officer – Mob. +41 79 555 01 24',
      '* Media desk: +41 22 555 01 25, media@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: 'Spokesperson',
          phones: [phone('+41 79 555 01 23', '+41795550123')],
          emails: ['jane.doe@example.org'],
          notes: ['English, French'],
        },
        {
          city: null,
          name: 'John Roe',
          role: 'Communications Officer',
          phones: [phone('+41 79 555 01 24', '+41795550124', 'mobile')],
          emails: [],
          notes: [],
        },
        {
          city: null,
          name: null,
          role: 'Media desk',
          phones: [phone('+41 22 555 01 25', '+41225550125')],
          emails: ['media@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('reads a desk with no person behind it', () => {
    expect(parseRelease('Media desk: +41 22 555 01 25, media@example.org')).toEqual(
      blockOnly([
        {
          city: null,
          name: null,
          role: 'Media desk',
          phones: [phone('+41 22 555 01 25', '+41225550125')],
          emails: ['media@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('reads one person spread over several lines, and a national number in the country of the other numbers', () => {
    const block = [
      'Media contacts',
      '',
      'Jane Doe',
      'Senior Spokesperson',
      'Mobile: +41 79 555 01 23',
      'Office: +41 22 555 01 24',
      'jane.doe@example.org',
      'Speaks English and French',
      '',
      'John Roe',
      'Media Relations Officer',
      'Tel. (022) 555 01 26',
      'john.roe@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: 'Senior Spokesperson',
          phones: [
            phone('+41 79 555 01 23', '+41795550123', 'mobile'),
            phone('+41 22 555 01 24', '+41225550124', 'landline'),
          ],
          emails: ['jane.doe@example.org'],
          notes: ['Speaks English and French'],
        },
        // No city, but every other number in the block is Swiss: the block's region (see region.ts).
        {
          city: null,
          name: 'John Roe',
          role: 'Media Relations Officer',
          phones: [phone('(022) 555 01 26', '+41225550126')],
          emails: ['john.roe@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('separates several people on one line', () => {
    const block = [
      'Media contacts: Jane Doe, +41 79 555 01 23, jane.doe@example.org; John Roe, +41 79 555 01 24, john.roe@example.org',
      'Jane Roe (+41 79 555 01 25) and John Doe (+41 79 555 01 26, john.doe@example.org)',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Jane Doe',
          role: null,
          phones: [phone('+41 79 555 01 23', '+41795550123')],
          emails: ['jane.doe@example.org'],
          notes: [],
        },
        {
          city: null,
          name: 'John Roe',
          role: null,
          phones: [phone('+41 79 555 01 24', '+41795550124')],
          emails: ['john.roe@example.org'],
          notes: [],
        },
        {
          city: null,
          name: 'Jane Roe',
          role: null,
          phones: [phone('+41 79 555 01 25', '+41795550125')],
          emails: [],
          notes: [],
        },
        {
          city: null,
          name: 'John Doe',
          role: null,
          phones: [phone('+41 79 555 01 26', '+41795550126')],
          emails: ['john.doe@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('never takes a hidden-address placeholder for an address, whatever space it carries', () => {
    const block = [
      'In Geneva: Jane Doe, +41 79 555 01 23, [email\u00a0protected]',
      'John Roe, +41 79 555 01 24,\u202f[email\u202fprotected]',
      'Media desk, [email protected]',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly(
        [
          {
            city: 'Geneva',
            name: 'Jane Doe',
            role: null,
            phones: [phone('+41 79 555 01 23', '+41795550123')],
            emails: [],
            notes: [],
          },
          {
            city: 'Geneva',
            name: 'John Roe',
            role: null,
            phones: [phone('+41 79 555 01 24', '+41795550124')],
            emails: [],
            notes: [],
          },
          { city: 'Geneva', name: null, role: 'Media desk', phones: [], emails: [], notes: [] },
        ],
        [
          'E-mail hidden for Jane Doe ("[email protected]"): ask the press office',
          'E-mail hidden for John Roe ("[email protected]"): ask the press office',
          'E-mail hidden for Media desk ("[email protected]"): ask the press office',
        ],
      ),
    );
  });

  it('reads agency-style city labels and a title printed before the name', () => {
    const block = [
      'ICRC Nairobi',
      'IFRC spokesperson Amina Wanjiru, +254 722 000 123',
      'WFP/Cairo',
      'Omar Hassan, 02 2345 6789, omar.hassan@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Nairobi',
          name: 'Amina Wanjiru',
          role: 'IFRC spokesperson',
          phones: [phone('+254 722 000 123', '+254722000123')],
          emails: [],
          notes: [],
        },
        {
          city: 'Cairo',
          name: 'Omar Hassan',
          role: null,
          phones: [phone('02 2345 6789', '+20223456789')],
          emails: ['omar.hassan@example.org'],
          notes: [],
        },
      ]),
    );
  });
});
