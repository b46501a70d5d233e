import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelease } from './';
import { importToFormValues, NEW_CONTACT, parseImportForm, type ImportFormContext } from './import-form';

const reference = fs.readFileSync(
  new URL('../../fixtures/releases/ifrc-moscow-geneva-2021-12-06.txt', import.meta.url),
  'utf8',
);

// Contacts 11 (Moscow) and 12 (Geneva) exist; cities 1 (Moscow, RU) and 2 (Geneva, CH).
const ctx: ImportFormContext = {
  contactCity: (id) => ({ 11: 'Moscow', 12: 'Geneva' })[id],
  cityCountry: (id) => ({ 1: 'RU', 2: 'CH' })[id],
  cityExists: (name) => ['moscow', 'geneva'].includes(name.toLowerCase()),
};

const submit = (values: Record<string, string>) => parseImportForm((name) => values[name] ?? '', ctx);

describe('the review form of a release import', () => {
  const parsed = parseRelease(reference);
  const matches = [
    { contactId: 11, by: 'phone' as const, cityId: 1 },
    { contactId: null, by: null, cityId: 1 },
    { contactId: null, by: null, cityId: 2 },
  ];
  const values = importToFormValues(parsed, matches, { body: 'Body text.', organisation: 'IFRC' });

  it('is filled in from what was read: matched people linked, the others proposed with their numbers', () => {
    expect(values).toMatchObject({
      title: parsed.title,
      publishedOn: '2021-12-06',
      dateline: 'Moscow/Geneva',
      body: 'Body text.',
      contactRows: '3',
    });
    expect(values['contacts.0.target']).toBe('11');
    expect(values['contacts.0.matchedBy']).toBe('phone');
    expect(values['contacts.0.read']).toBe('Moscow: Ayuna Batoeva · phone +7 916 667 6977');
    expect(values['contacts.1.target']).toBe(NEW_CONTACT);
    expect(values['contacts.1.name']).toBe('Tommaso Della Longa');
    expect(values['contacts.1.organisation']).toBe('IFRC');
    expect(values['contacts.1.cityId']).toBe('1');
    expect(values['contacts.1.phones.0.number']).toBe('+41797084367');
    // One blank number row more than was printed
    expect(values['contacts.1.phoneRows']).toBe('2');
    expect(values['contacts.1.phones.1.number']).toBe('');
    expect(values['contacts.2.label']).toBe('Geneva');
    expect(values.warnings!.split('\n')).toHaveLength(parsed.warnings.length);
  });

  it('passes back as the input to store, unchanged when nothing was edited', () => {
    const result = submit(values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.release).toEqual({
      title: parsed.title,
      publishedOn: '2021-12-06',
      dateline: ['Moscow', 'Geneva'],
      summary: '',
      body: 'Body text.',
      about: '',
      // Read from the text, carried by the form's Language select.
      language: 'en',
    });
    expect(result.input.rows[0]).toEqual({ contactId: 11, cityLabel: 'Moscow' });
    expect(result.input.rows[1]).toEqual({
      cityLabel: 'Moscow',
      create: {
        fullName: 'Tommaso Della Longa',
        role: expect.any(String),
        organisation: 'IFRC',
        cityId: 1,
        newCity: null,
        email: null,
        bio: expect.any(String),
        phones: [{ kind: 'mobile', e164: '+41797084367', extension: null }],
      },
    });
    expect(result.input.rows[2]!.create?.phones.map((p) => p.e164)).toEqual(['+33786895089']);
  });

  it('leaves out rows that are unticked, and links a row to someone chosen by hand', () => {
    const result = submit({ ...values, 'contacts.1.include': '', 'contacts.2.target': '12', 'contacts.2.label': '' });
    expect(result.ok && result.input.rows).toEqual([
      { contactId: 11, cityLabel: 'Moscow' },
      { contactId: 12, cityLabel: 'Geneva' },
    ]);
  });

  it('refuses each wrong field with its own message and keeps everything typed', () => {
    const typed = {
      ...values,
      title: '',
      publishedOn: '2021-02-30',
      'contacts.0.target': '999',
      'contacts.1.name': '',
      'contacts.1.email': 'not an address',
      'contacts.1.phones.1.number': '12',
      'contacts.2.cityId': '77',
    };
    const result = submit(typed);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      title: 'Enter a title.',
      publishedOn: 'Enter the date printed on the release.',
      'contacts.0.target': 'Choose someone from the list, or “New contact”.',
      'contacts.1.name': 'Enter the person’s full name, or link the row to someone Pressline knows.',
      'contacts.1.email': 'Enter an e-mail address like name@example.org, or leave it empty.',
      'contacts.1.phones.1.number': expect.stringMatching(/number/),
      'contacts.2.cityId': 'Choose the city this person works from.',
    });
    expect(result.values).toMatchObject({
      'contacts.1.email': 'not an address',
      'contacts.1.phones.1.number': '12',
      'contacts.0.target': '999',
      publishedOn: '2021-02-30',
    });
  });

  it('refuses the same person listed twice, and a label too long', () => {
    const result = submit({ ...values, 'contacts.1.target': '11', 'contacts.2.label': 'x'.repeat(81) });
    expect(!result.ok && result.fieldErrors).toEqual({
      'contacts.1.target': 'This person is listed twice; untick one of the rows.',
      'contacts.2.label': 'Keep the label under 80 characters.',
    });
  });

  it('bounds forged row counts instead of trusting them', () => {
    const result = submit({ ...values, contactRows: '1e9', 'contacts.0.phoneRows': '-5' });
    expect(result.ok).toBe(true);
    expect(submit({ ...values, contactRows: 'abc' })).toMatchObject({ ok: true, input: { rows: [] } });
  });
});
