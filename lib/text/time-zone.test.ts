import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, canonicalTimeZones } from './time-zone';

const RUNS = { numRuns: 2_000 };
const zones = [...canonicalTimeZones()];

describe('canonicalTimeZone', () => {
  it('maps aliases and case to the canonical IANA name', () => {
    expect(canonicalTimeZone('europe/zurich')).toBe('Europe/Zurich');
    expect(canonicalTimeZone(' EUROPE/ZURICH ')).toBe('Europe/Zurich');
    expect(canonicalTimeZone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('America/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
    expect(canonicalTimeZone('etc/utc')).toBe('UTC');
  });

  it('refuses names that are not a place, and anything else', () => {
    for (const name of [
      'EST5EDT',
      'CST6CDT',
      'CET',
      'GMT',
      'Etc/GMT+5',
      'Japan',
      'Z',
      '+03:00',
      'Europe/Atlantis',
      '',
      '"><script>alert(1)</script>',
      'Europe/Zurich/x',
      null,
      42,
    ])
      expect(canonicalTimeZone(name), String(name)).toBeNull();
  });

  it('gives every listed zone back as itself, in any case and with stray spaces or bidi marks', () => {
    const variant = fc.record({
      zone: fc.constantFrom(...zones),
      upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      pad: fc.constantFrom('', ' ', '\u200B', '\u202E', '\t'),
    });
    fc.assert(
      fc.property(variant, ({ zone, upper, pad }) => {
        const typed = [...zone].map((c, i) => (upper[i % 40] ? c.toUpperCase() : c.toLowerCase())).join('');
        expect(canonicalTimeZone(`${pad}${typed}${pad}`)).toBe(zone);
      }),
      RUNS,
    );
  }, 30_000);

  it('answers any string with null or a canonical zone, and is idempotent', () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(...zones).map((z) => z.replace(/\//, '/x')),
      fc.stringMatching(/^[A-Za-z]{1,8}\/[A-Za-z_]{1,12}$/),
    );
    fc.assert(
      fc.property(typed, (input) => {
        const zone = canonicalTimeZone(input);
        if (zone === null) return;
        expect(canonicalTimeZones().has(zone)).toBe(true);
        expect(canonicalTimeZone(zone)).toBe(zone);
      }),
      RUNS,
    );
  }, 30_000);
});
