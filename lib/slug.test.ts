import { describe, expect, it } from 'vitest';
import { normaliseName, slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it('keeps ASCII letters and digits and folds accents', () => {
    expect(slugify("Genève: IFRC's appeal!")).toBe('geneve-ifrc-s-appeal');
    expect(slugify('Lucía Fernández Ortega')).toBe('lucia-fernandez-ortega');
    expect(slugify('Аюна Батоева')).toBe('item');
    expect(slugify('a'.repeat(100)).length).toBe(80);
  });

  it('finds a free variant', () => {
    const taken = new Set(['release', 'release-2']);
    expect(uniqueSlug('release', (s) => taken.has(s))).toBe('release-3');
    expect(uniqueSlug('fresh', (s) => taken.has(s))).toBe('fresh');
  });
});

describe('normaliseName', () => {
  it('ignores case, accents and spacing', () => {
    expect(normaliseName('  MARIE   Claudét ')).toBe(normaliseName('Marie Claudet'));
  });
});
