import { describe, expect, it } from 'vitest';
import { formatInternational, parsePhone, telHref, whatsAppHref } from './phone';

function e164(input: string, country?: string) {
  const r = parsePhone(input, country);
  if (!r.ok) throw new Error(`${input}: ${r.error}`);
  return r.phone;
}

describe('parsePhone', () => {
  it('reads the numbers printed in the reference release', () => {
    expect(e164('+7 916 667 6977')).toMatchObject({ e164: '+79166676977', country: 'RU' });
    // A Swiss mobile for a Moscow spokesperson: the number's country, not the city's.
    expect(e164('+41 79 708 4367', 'RU')).toMatchObject({ e164: '+41797084367', country: 'CH' });
    expect(e164('+33 7 86 89 50 89', 'CH')).toMatchObject({ e164: '+33786895089', country: 'FR' });
  });

  it('uses the default country for a national number', () => {
    expect(e164('(022) 730 42 22', 'CH')).toMatchObject({ e164: '+41227304222', international: '+41 22 730 42 22' });
  });

  it('copes with the punctuation people print', () => {
    expect(e164('+44 (0)20 7946 0958').e164).toBe('+442079460958');
    expect(e164('+ 41 79 708 43 67').e164).toBe('+41797084367');
    expect(e164('+41.79.708.43.67').e164).toBe('+41797084367');
    expect(e164('+41-79-708-43-67').e164).toBe('+41797084367');
    expect(e164('0664/123 45 67', 'AT').e164).toBe('+436641234567');
    expect(e164('+972/2/569 0000').e164).toBe('+97225690000');
    expect(e164('203.221.3767', 'US').e164).toBe('+12032213767');
    expect(e164('+41\u00a079\u00a0708\u00a043\u00a067').e164).toBe('+41797084367');
  });

  it('keeps an extension apart from the number', () => {
    expect(e164('+41 22 730 42 22 ext. 123')).toMatchObject({ e164: '+41227304222', extension: '123' });
  });

  it('refuses what cannot be dialled, with a reason', () => {
    expect(parsePhone('')).toEqual({ ok: false, error: 'Enter a phone number.' });
    expect(parsePhone('call me')).toEqual({ ok: false, error: 'A phone number needs digits.' });
    expect(parsePhone('079 708 43 67')).toMatchObject({ ok: false, error: expect.stringContaining('country code') });
    // Each error says what is wrong with what was typed (issue #14).
    expect(parsePhone('+41 79 708')).toEqual({
      ok: false,
      error: '“+41 79 708” has too few digits for a number in Switzerland (+41).',
    });
    expect(parsePhone('+7 916 667 69 77 123 45')).toEqual({
      ok: false,
      error: '“+7 916 667 69 77 123 45” has too many digits for a number in Russia (+7).',
    });
    expect(parsePhone('+41 79 7O8 43 67')).toEqual({
      ok: false,
      error: '“O” is not part of a phone number: use digits, spaces and + only.',
    });
    expect(parsePhone('+999 123 456')).toMatchObject({
      ok: false,
      error: expect.stringContaining('country code we know'),
    });
    expect(parsePhone('079 708 43 67')).toMatchObject({
      ok: false,
      error: '“079 708 43 67” has no country code: start with + and the country code, e.g. +41 79 708 43 67.',
    });
  });
});

describe('hrefs', () => {
  it('dials E.164 and opens WhatsApp with digits only', () => {
    expect(telHref('+79166676977')).toBe('tel:+79166676977');
    expect(telHref('+41227304222', '123')).toBe('tel:+41227304222;ext=123');
    expect(whatsAppHref('+41797084367')).toBe('https://wa.me/41797084367');
  });

  it('formats stored numbers for reading', () => {
    expect(formatInternational('+79166676977')).toBe('+7 916 667 69 77');
    expect(formatInternational('+33786895089')).toBe('+33 7 86 89 50 89');
  });
});
