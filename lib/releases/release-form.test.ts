import { describe, expect, it } from 'vitest';
import { parseReleaseForm, releaseToFormValues } from './release-form';

const cityOf = (id: number) => ({ 1: 'Moscow', 2: 'Geneva' })[id];

describe('parseReleaseForm', () => {
  it('reads the dateline, the contacts in order, and defaults a blank label to the contact’s city', () => {
    const fields: Record<string, string> = {
      title: 'Rocca meets Putin',
      publishedOn: '2021-12-06',
      dateline: 'Moscow / Geneva',
      summary: '',
      body: '## Talks\r\n\r\nText',
      contactRows: '3',
      'contacts.0.contactId': '2',
      'contacts.0.label': 'In Geneva',
      'contacts.1.contactId': '',
      'contacts.2.contactId': '1',
    };
    const r = parseReleaseForm((n) => fields[n] ?? '', cityOf);
    expect(r.ok && r.input).toEqual({
      title: 'Rocca meets Putin',
      publishedOn: '2021-12-06',
      dateline: ['Moscow', 'Geneva'],
      summary: '',
      body: '## Talks\n\nText',
      about: '',
      contacts: [
        { contactId: 2, cityLabel: 'In Geneva' },
        { contactId: 1, cityLabel: 'Moscow' },
      ],
    });
  });

  it('refuses a contact listed twice, an unknown one and a label with nobody', () => {
    const fields: Record<string, string> = {
      title: 'T',
      publishedOn: '2021-12-06',
      dateline: 'Moscow',
      contactRows: '4',
      'contacts.0.contactId': '1',
      'contacts.1.contactId': '1',
      'contacts.2.contactId': '99',
      'contacts.3.label': 'Nairobi',
    };
    const r = parseReleaseForm((n) => fields[n] ?? '', cityOf);
    expect(!r.ok && Object.keys(r.fieldErrors)).toEqual([
      'contacts.1.contactId',
      'contacts.2.contactId',
      'contacts.3.contactId',
    ]);
    expect(!r.ok && r.values['contacts.3.label']).toBe('Nairobi');
  });

  it('round-trips stored values with blank rows to add more', () => {
    const input = {
      title: 'T',
      publishedOn: '2026-01-02',
      dateline: ['Nairobi'],
      summary: 'S',
      body: 'B',
      about: 'About the IFRC\n\nThe world’s largest humanitarian network.',
      contacts: [{ contactId: 1, cityLabel: 'Moscow' }],
      language: 'ru',
      translationOf: null,
    };
    const values = releaseToFormValues(input);
    expect(values.contactRows).toBe('4');
    const r = parseReleaseForm((n) => values[n] ?? '', cityOf);
    expect(r.ok && r.input).toEqual(input);
  });
});

describe('parseReleaseForm normalises what staff type (issue #13 item 7)', () => {
  it('keeps the title and dateline on one line, and drops bidi overrides and controls from the body', () => {
    const fields: Record<string, string> = {
      title: 'Appeal\r\nfor\u202E winter',
      publishedOn: '2021-12-06',
      dateline: 'Moscow\n/Geneva',
      summary: ' A\r\nB ',
      body: 'Text\u202E\u0000\r\nmore',
      contactRows: '0',
    };
    const r = parseReleaseForm((n) => fields[n] ?? '', cityOf);
    expect(r.ok && [r.input.title, r.input.dateline, r.input.summary, r.input.body]).toEqual([
      'Appeal for winter',
      ['Moscow', 'Geneva'],
      'A\nB',
      'Text\nmore',
    ]);
    const blank = parseReleaseForm((n) => ({ ...fields, title: '\u200B\u2060' })[n] ?? '', cityOf);
    expect(!blank.ok && blank.fieldErrors.title).toBe('Enter a title.');
  });
});

describe('the About note', () => {
  const fields: Record<string, string> = {
    title: 'T',
    publishedOn: '2021-12-06',
    dateline: 'Geneva',
    contactRows: '0',
  };

  it('keeps its paragraphs, without controls or bidi overrides', () => {
    const r = parseReleaseForm(
      (n) => ({ ...fields, about: ' About the IFRC\r\n\r\nNotes\u202E to editors\u0000 ' })[n] ?? '',
      cityOf,
    );
    expect(r.ok && r.input.about).toBe('About the IFRC\n\nNotes to editors');
  });

  it('refuses a note over 5,000 characters by the field, keeping what was typed', () => {
    const long = 'x'.repeat(5001);
    const r = parseReleaseForm((n) => ({ ...fields, about: long })[n] ?? '', cityOf);
    expect(!r.ok && r.fieldErrors).toEqual({ about: 'Keep the About note under 5,000 characters.' });
    expect(!r.ok && r.values.about).toBe(long);
  });

  it('reads the language and the release it translates, and refuses a second version in one language', () => {
    const groups: Record<number, { title: string; languages: string[] }> = {
      7: { title: 'Rocca meets Putin', languages: ['en', 'fr'] },
    };
    const base = { title: 'Встреча', publishedOn: '2021-12-06', dateline: 'Moscow', contactRows: '0' };
    const parse = (extra: Record<string, string>, releaseId: number | null = 9) => {
      const fields: Record<string, string> = { ...base, ...extra };
      return parseReleaseForm((n) => fields[n] ?? '', cityOf, { releaseId, target: (id) => groups[id] });
    };
    const linked = parse({ language: 'ru', translationOf: '7' });
    expect(linked.ok && [linked.input.language, linked.input.translationOf]).toEqual(['ru', 7]);
    const unlinked = parse({ language: 'ru', translationOf: 'none' });
    expect(unlinked.ok && unlinked.input.translationOf).toBeNull();
    // A form without the fields (an older page, a script) leaves both as they were.
    const untouched = parse({});
    expect(untouched.ok && [untouched.input.language, untouched.input.translationOf]).toEqual([undefined, undefined]);

    const french = parse({ language: 'fr', translationOf: '7' });
    expect(!french.ok && french.fieldErrors.translationOf).toBe(
      '“Rocca meets Putin” already has a version in French. Choose this release’s own language, or another release.',
    );
    expect(!french.ok && french.values.translationOf).toBe('7');
    const itself = parse({ language: 'ru', translationOf: '7' }, 7);
    expect(!itself.ok && itself.fieldErrors.translationOf).toBe(
      'Choose a release from the list, or “Not a translation”.',
    );
    const unknown = parse({ language: 'xx', translationOf: '12345678901234' });
    expect(!unknown.ok && Object.keys(unknown.fieldErrors)).toEqual(['language', 'translationOf']);
  });
});
