import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseLanguage } from './language';

const DIR = join(__dirname, '../../fixtures/release-import');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    id: f.replace(/\.txt$/, ''),
    text: readFileSync(join(DIR, f), 'utf8'),
    language: (JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.json')), 'utf8')) as { language: string })
      .language,
  }));

describe('releaseLanguage', () => {
  it('reads the language of the corpus releases as their annotations give it', () => {
    const wrong = cases.filter((c) => releaseLanguage(c.text) !== c.language);
    console.log(
      `releaseLanguage: ${cases.length - wrong.length}/${cases.length} right; wrong: ${wrong.map((c) => `${c.id} (${c.language} → ${releaseLanguage(c.text)})`).join(', ')}`,
    );
    expect(cases.length).toBeGreaterThan(100);
    expect(wrong.length / cases.length).toBeLessThan(0.05);
  });

  it('reads a Russian, a French and an English release from their running text', () => {
    expect(releaseLanguage('Москва, 6 декабря 2021 года. Президент МФОКК и Президент России обсудили пандемию.')).toBe(
      'ru',
    );
    expect(
      releaseLanguage(
        'Genève, le 6 décembre 2021 – Le président et le ministre ont parlé des vaccins et des migrants.',
      ),
    ).toBe('fr');
    expect(releaseLanguage('Geneva, 6 December 2021 – The president and the minister talked about vaccines.')).toBe(
      'en',
    );
  });

  it('says nothing when nothing says', () => {
    expect(releaseLanguage('+41 22 730 42 22')).toBeNull();
  });
});
