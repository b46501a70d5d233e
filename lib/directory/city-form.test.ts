import { describe, expect, it } from 'vitest';
import { isTimeZone, parseCityForm } from './city-form';

const form = (f: Record<string, string>) => (n: string) =>
  ({
    name: 'Geneva',
    country: 'ch',
    timeZone: 'Europe/Zurich',
    deskEmail: 'geneva.media@example.org',
    dutyPhone: '022 730 42 22',
    ...f,
  })[n] ?? '';

describe('parseCityForm', () => {
  it('reads a local duty number with the city’s country and upper-cases the code', () => {
    const r = parseCityForm(form({}));
    expect(r.ok && r.input).toEqual({
      name: 'Geneva',
      nameRu: '',
      nameFr: '',
      country: 'CH',
      timeZone: 'Europe/Zurich',
      deskEmail: 'geneva.media@example.org',
      dutyPhone: '+41227304222',
    });
  });
  it('refuses an unknown time zone, a made-up country and a bad number', () => {
    const r = parseCityForm(form({ timeZone: 'Mars/Olympus', country: 'XX', dutyPhone: '12' }));
    expect(!r.ok && Object.keys(r.fieldErrors).sort()).toEqual(['country', 'dutyPhone', 'timeZone']);
    const p = parseCityForm(form({ dutyPhone: '+41 12' }));
    expect(!p.ok && p.fieldErrors.dutyPhone).toMatch(/too few digits for a number in Switzerland/);
  });
});

describe('parseCityForm normalises what staff type (issue #13 item 7)', () => {
  it('stores the canonical zone and one-line name, and refuses EST5EDT and invisible names', () => {
    const r = parseCityForm(form({ name: ' Gen\u00E8ve\r\n\u202E', timeZone: 'europe/zurich' }));
    expect(r.ok && [r.input.name, r.input.timeZone]).toEqual(['Genève', 'Europe/Zurich']);
    const kiev = parseCityForm(form({ timeZone: 'Europe/Kiev' }));
    expect(kiev.ok && kiev.input.timeZone).toBe('Europe/Kyiv');
    const bad = parseCityForm(form({ name: '\u200B\u200B', timeZone: 'EST5EDT' }));
    expect(!bad.ok && bad.fieldErrors).toMatchObject({
      name: 'Enter the city’s name.',
      timeZone: 'Enter a time zone like Europe/Zurich.',
    });
    expect(!bad.ok && bad.values.timeZone).toBe('EST5EDT');
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones, not offsets or abbreviations', () => {
    expect(isTimeZone('Asia/Kuala_Lumpur')).toBe(true);
    expect(isTimeZone('America/Panama')).toBe(true);
    expect(isTimeZone('CET')).toBe(false);
    expect(isTimeZone('+03:00')).toBe(false);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
  });
});
