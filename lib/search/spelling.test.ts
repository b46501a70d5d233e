import { describe, expect, it } from 'vitest';
import { indexWords, MAX_ALTERNATIVES, soundKey, SpellingIndex, withinOneEdit } from './spelling';

describe('soundKey', () => {
  it('gives the spellings of one name in two scripts or two schemes one key', () => {
    expect(soundKey('Батоева')).toBe(soundKey('Batoeva'));
    expect(soundKey('batoyeva')).toBe(soundKey('Batoeva'));
    expect(soundKey('Аюна')).toBe(soundKey('Ayuna'));
    expect(soundKey('Юлия')).toBe(soundKey('Yulia'));
    expect(soundKey('Tommaso')).toBe(soundKey('tomaso'));
    expect(soundKey('Genève')).toBe(soundKey('geneve'));
    expect(soundKey('Хабаровск')).toBe(soundKey('Khabarovsk'));
  });

  it('keeps different names apart', () => {
    expect(soundKey('Marie')).not.toBe(soundKey('Maria'));
    expect(soundKey('Geneva')).not.toBe(soundKey('Genève'));
    expect(soundKey('Иван')).not.toBe(soundKey('Ivana'));
  });
});

describe('withinOneEdit', () => {
  it('allows one substitution, insertion, deletion or swap of neighbours', () => {
    expect(withinOneEdit('geneva', 'geneva')).toBe(true);
    expect(withinOneEdit('geneva', 'zeneva')).toBe(true);
    expect(withinOneEdit('batoeva', 'batoyeva')).toBe(true);
    expect(withinOneEdit('batoeva', 'batoea')).toBe(true);
    expect(withinOneEdit('claudet', 'claudte')).toBe(true);
  });

  it('refuses two', () => {
    expect(withinOneEdit('tomaso', 'tamasa')).toBe(false);
    expect(withinOneEdit('claudet', 'lcaudte')).toBe(false);
    expect(withinOneEdit('abc', 'abcde')).toBe(false);
    expect(withinOneEdit('abcd', 'bacd'.split('').reverse().join(''))).toBe(false);
  });
});

describe('SpellingIndex', () => {
  const names = new SpellingIndex(
    indexWords('Tommaso Della Longa, Ayuna Batoeva, Аюна Батоева, Marie Claudet, Jonas Weber, Jonah Smith'),
    [
      ['Geneva', 'Genève'],
      ['Moscow', 'Москва'],
      ['Panama City', 'Ciudad de Panamá'],
    ],
  );

  it('knows the words of the names, whole or begun', () => {
    expect(names.knows('batoeva')).toBe(true);
    expect(names.knows('bato')).toBe(false);
    expect(names.knows('bato', true)).toBe(true);
    expect(names.knows('zzz', true)).toBe(false);
    expect(names.knows('geneve')).toBe(true);
  });

  it('offers the other script always, and one typo only when asked', () => {
    expect(names.alternatives('batoeva', false)).toEqual([['батоева']]);
    expect(names.alternatives('батоева', false)).toEqual([['batoeva']]);
    expect(names.alternatives('tomaso', false)).toEqual([['tommaso']]);
    expect(names.alternatives('claudte', false)).toEqual([]);
    expect(names.alternatives('claudte', true)).toEqual([['claudet']]);
    expect(names.alternatives('jonaz', true)).toEqual([['jonah'], ['jonas']]);
    // Four letters are not forgiven.
    expect(names.alternatives('jona', true)).toEqual([]);
  });

  it("offers a city's other names for any one of them, by sound or with one typo", () => {
    expect(names.alternatives('geneve', false)).toEqual([['geneva']]);
    expect(names.alternatives('geneva', false)).toEqual([['geneve']]);
    expect(names.alternatives('женева', true)).toEqual([['geneva'], ['geneve']]);
    expect(names.alternatives('moskva', false)).toEqual([['москва'], ['moscow']]);
    // A word of a longer name is not the city.
    expect(names.alternatives('ciudad', false)).toEqual([]);
  });

  it('offers a bounded number of spellings', () => {
    const many = new SpellingIndex(Array.from({ length: 26 }, (_, i) => `mar${String.fromCharCode(97 + i)}o`));
    expect(many.alternatives('marzo', true).length).toBe(MAX_ALTERNATIVES);
  });
});
