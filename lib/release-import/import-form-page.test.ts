import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposeNewCities } from './city-proposals';
import { importToFormValues, parseImportForm, readCut, type ImportFormContext } from './import-form';
import { readRelease } from './read-release';

// A release page from a city Pressline does not have: Lima, with two protected addresses.
const page = readFileSync(new URL('../../fixtures/releases/example-lima-2022-03-14.html', import.meta.url), 'utf8');
const ctx: ImportFormContext = {
  contactCity: () => undefined,
  cityCountry: (id) => ({ 2: 'CH' })[id],
  cityExists: (name) => name.toLowerCase() === 'geneva',
};

describe('the review form of a web page import with a new city', () => {
  const read = readRelease(page);
  const newCities = proposeNewCities(read.parsed, [{ name: 'Geneva', localName: 'Genève' }]);
  const matches = read.parsed.contacts.map(() => ({ contactId: null, by: null, cityId: null }));
  const values = importToFormValues(read.parsed, matches, {
    body: read.body,
    about: read.about,
    cut: read.cut,
    recovered: read.recovered,
    organisation: '',
    newCities,
  });
  const filled = {
    ...values,
    'contacts.0.organisation': 'Example Red Cross',
    'contacts.1.organisation': 'Example Red Cross',
  };
  const submit = (changes: Record<string, string>) =>
    parseImportForm((name) => ({ ...filled, ...changes })[name] ?? '', ctx);

  it('proposes Lima from the gazetteer, files both people there and carries what was cut and recovered', () => {
    expect(values).toMatchObject({
      newCities: '1',
      'newCities.0.create': 'on',
      'newCities.0.name': 'Lima',
      'newCities.0.country': 'PE',
      'newCities.0.timeZone': 'America/Lima',
      'newCities.0.deskEmail': 'lucia.quispe@example.org',
      'newCities.0.dutyPhone': '+61491570110',
      'contacts.0.cityId': 'new.0',
      'contacts.1.cityId': 'new.0',
      recovered: 'lucia.quispe@example.org\nmateo.huaman@example.org',
    });
    expect(values.about).toMatch(/^About the Example Red Cross/);
    expect(readCut(values.cut).map((c) => c.what)).toContain('Contacts block (listed as the release’s contacts)');
  });

  it('refuses recovered addresses nobody confirmed, each beside its field', () => {
    const result = submit({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      'contacts.0.email':
        'This address was recovered from the page: tick that you checked it, correct it, or clear it.',
      'contacts.1.email':
        'This address was recovered from the page: tick that you checked it, correct it, or clear it.',
    });
  });

  it('saves the city with the people once the addresses are confirmed', () => {
    const result = submit({ 'contacts.0.emailConfirmed': 'on', 'contacts.1.emailConfirmed': 'on' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.newCities).toEqual([
      {
        name: 'Lima',
        country: 'PE',
        timeZone: 'America/Lima',
        deskEmail: 'lucia.quispe@example.org',
        dutyPhone: '+61491570110',
        // A city made from the review has no Russian or French name until an admin gives it one.
        nameRu: '',
        nameFr: '',
      },
    ]);
    expect(
      result.input.rows.map((r) => [r.create?.fullName, r.create?.newCity, r.create?.cityId, r.create?.email]),
    ).toEqual([
      ['Lucía Quispe', 0, null, 'lucia.quispe@example.org'],
      ['Mateo Huamán', 0, null, 'mateo.huaman@example.org'],
    ]);
    expect(result.input.release.about).toMatch(/^About the Example Red Cross[\s\S]*Notes to editors/);
    expect(result.input.release.title).toBe('Volunteers restore water to hillside districts');
  });

  it('asks for the city to be ticked, or another chosen, when the admin does not create it', () => {
    const result = submit({
      'newCities.0.create': '',
      'contacts.0.emailConfirmed': 'on',
      'contacts.1.emailConfirmed': 'on',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors['contacts.0.cityId']).toBe('Tick “Create Lima” above, or choose a city Pressline has.');
  });

  it('refuses a new city Pressline already has, and a wrong time zone, in place', () => {
    const confirmed = { 'contacts.0.emailConfirmed': 'on', 'contacts.1.emailConfirmed': 'on' };
    const again = submit({ ...confirmed, 'newCities.0.name': 'Geneva' });
    expect(!again.ok && again.fieldErrors['newCities.0.name']).toBe(
      'Pressline already has Geneva: untick “Create” and choose it for the contacts.',
    );
    const zone = submit({ ...confirmed, 'newCities.0.timeZone': 'Lima' });
    expect(!zone.ok && zone.fieldErrors['newCities.0.timeZone']).toBe('Enter a time zone like Europe/Zurich.');
    expect(!zone.ok && zone.fieldErrors['contacts.0.cityId']).toBe('Correct the new city above first.');
  });
});
