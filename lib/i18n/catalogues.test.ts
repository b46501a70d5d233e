import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import ru from '@/messages/ru.json';
import { LOCALES, localizedPath, splitLocale } from './locales';

type Tree = { [key: string]: string | Tree };
const catalogues: Record<string, Tree> = { en, ru, fr };
// Plural checks format with ICU directly: the typed translator only knows the English catalogue's shape.

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

describe('message catalogues', () => {
  const keys = Object.fromEntries(LOCALES.map((l) => [l, leaves(catalogues[l] as Tree)])) as Record<
    (typeof LOCALES)[number],
    Map<string, string>
  >;

  it.each(LOCALES.flatMap((a) => LOCALES.filter((b) => b !== a).map((b) => [a, b] as const)))(
    'every key in %s is also in %s',
    (a, b) => {
      const missing = [...keys[a].keys()].filter((k) => !keys[b].has(k));
      expect(missing, `${b}.json lacks keys that ${a}.json has`).toEqual([]);
    },
  );

  it.each(LOCALES)('every message in %s.json is valid ICU and uses only the English arguments', (locale) => {
    for (const [key, message] of keys[locale]) {
      expect(() => parse(message), `${locale}: ${key}`).not.toThrow();
      const args = (m: string) => new Set([...m.matchAll(/\{\s*([a-zA-Z_]\w*)\s*[,}]/g)].map((x) => x[1]));
      for (const arg of args(message))
        expect(args(keys.en.get(key) ?? ''), `${locale}: ${key} {${arg}}`).toContain(arg);
    }
  });

  it('no message is left empty', () => {
    for (const locale of LOCALES)
      for (const [key, message] of keys[locale]) expect(message.trim(), `${locale}: ${key}`).not.toBe('');
  });
});

describe('plurals', () => {
  const t = (locale: string, messages: Tree) => {
    const translate = createTranslator({ locale, messages });
    return (key: string, values: Record<string, number>) => translate(`Common.${key}` as never, values as never);
  };

  it('Russian: one, few and many, by the last digits', () => {
    const ruT = t('ru', ru);
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => ruT('releaseCount', { count }))).toEqual([
      '1 релиз',
      '2 релиза',
      '5 релизов',
      '11 релизов',
      '21 релиз',
      '22 релиза',
      '25 релизов',
    ]);
  });

  it('French: 0 and 1 are singular, 2 is plural', () => {
    const frT = t('fr', fr);
    expect([0, 1, 2].map((count) => frT('releaseCount', { count }))).toEqual([
      'aucun communiqué',
      '1 communiqué',
      '2 communiqués',
    ]);
  });
});

describe('localized paths', () => {
  it('keeps English at today’s URLs and prefixes the others', () => {
    expect(localizedPath('en', '/cities/moscow')).toBe('/cities/moscow');
    expect(localizedPath('ru', '/cities/moscow')).toBe('/ru/cities/moscow');
    expect(localizedPath('fr', '/')).toBe('/fr');
    expect(splitLocale('/fr')).toEqual({ locale: 'fr', path: '/' });
    expect(splitLocale('/ru/cities/moscow')).toEqual({ locale: 'ru', path: '/cities/moscow' });
    expect(splitLocale('/russia')).toEqual({ locale: 'en', path: '/russia' });
  });
});
