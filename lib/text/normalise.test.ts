import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseLine, normaliseText } from './normalise';

const RUNS = { numRuns: 2_000 };
/** Strings heavy in what the normaliser is for: line breaks, controls, bidi overrides, zero-width and wide spaces. */
const awkward = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\r',
      '\n',
      '\t',
      '\u0000',
      '\u0007',
      '\u007F',
      '\u0085',
      '\u202E',
      '\u202A',
      '\u2066',
      '\u2069',
      '\u200B',
      '\u200D',
      '\uFEFF',
      '\u00A0',
      '\u2028',
      '\u3000',
      ' ',
      'e\u0301',
      'é',
      'Ж',
      'ä',
      'ש',
      '👩‍💻',
      'a',
      'Z',
      '-',
    ),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 40,
});
const FORBIDDEN_IN_LINE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u2028\u2029]/u;

describe('normaliseLine', () => {
  it('cleans what the probe stored as typed', () => {
    expect(normaliseLine('  Anna\r\nKeller  ')).toBe('Anna Keller');
    expect(normaliseLine('evil\u202Etxt.exe')).toBe('eviltxt.exe');
    expect(normaliseLine('\u200B\u200B\u200B')).toBe('');
    expect(normaliseLine('\u200D\u00A0\t')).toBe('');
    expect(normaliseLine('Ame\u0301lie')).toBe('Amélie');
    expect(normaliseLine('Ayuna\u0000 Batoeva')).toBe('Ayuna Batoeva');
    // Joiners inside text are kept: they build emoji and Persian words.
    expect(normaliseLine('👩‍💻 desk')).toBe('👩‍💻 desk');
    expect(normaliseLine('می‌خواهم')).toBe('می‌خواهم');
  });

  it('always gives one NFC line, trimmed, single-spaced, without controls or bidi overrides, and is idempotent', () => {
    fc.assert(
      fc.property(awkward, (input) => {
        const line = normaliseLine(input);
        expect(line).not.toMatch(FORBIDDEN_IN_LINE);
        expect(line).not.toMatch(/\s{2,}|^\s|\s$/u);
        expect(line.normalize('NFC')).toBe(line);
        expect(normaliseLine(line)).toBe(line);
      }),
      RUNS,
    );
  }, 30_000);

  it('makes every string of nothing visible empty', () => {
    const invisible = fc.string({
      unit: fc.constantFrom(
        ' ',
        '\t',
        '\r',
        '\n',
        '\u00A0',
        '\u200B',
        '\u200C',
        '\u200D',
        '\u2060',
        '\uFEFF',
        '\u202E',
        '\u2066',
        '\u3000',
        '\u0000',
      ),
    });
    fc.assert(
      fc.property(invisible, (input) => {
        expect(normaliseLine(input)).toBe('');
      }),
      RUNS,
    );
  }, 30_000);

  it('keeps every visible character of ordinary text, in order', () => {
    const words = fc.array(
      fc.string({ unit: fc.constantFrom(...'abcxyzАБЖéüßשל0123-.'), minLength: 1, maxLength: 8 }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(words, (ws) => {
        expect(normaliseLine(`  ${ws.join(' \r\n\t ')}  `)).toBe(ws.join(' '));
      }),
      RUNS,
    );
  }, 30_000);
});

describe('normaliseText', () => {
  it('keeps lines and the spaces inside them, drops CR, controls and overrides', () => {
    expect(normaliseText(' Line one\r\nLine two  \r\n\r\n  - item\u202E\u0000 ')).toBe(
      'Line one\nLine two  \n\n  - item',
    );
    expect(normaliseText('\u200B\n\n\u200B')).toBe('');
  });

  it('never keeps CR, other controls or bidi overrides, and is idempotent', () => {
    fc.assert(
      fc.property(awkward, (input) => {
        const text = normaliseText(input);
        expect(text).not.toMatch(/[\r\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
        expect(normaliseText(text)).toBe(text);
      }),
      RUNS,
    );
  }, 30_000);
});
