import { describe, expect, it } from 'vitest';
import { pageMetadata } from './page-metadata';

const page = { title: 'Moscow', description: 'Moscow press desk', path: '/cities/moscow' };

describe('pageMetadata', () => {
  it('keeps an English page at its own address, with the other languages as hreflang alternates', () => {
    const meta = pageMetadata(page);
    expect(meta.alternates?.canonical).toBe('/cities/moscow');
    expect(meta.alternates?.languages).toEqual({
      en: '/cities/moscow',
      ru: '/ru/cities/moscow',
      fr: '/fr/cities/moscow',
      'x-default': '/cities/moscow',
    });
    expect(meta.openGraph).toMatchObject({
      url: '/cities/moscow',
      locale: 'en_GB',
      alternateLocale: ['ru_RU', 'fr_FR'],
    });
    // The feeds the layout offers are still there beside the languages.
    expect(meta.alternates?.types).toEqual({
      'application/atom+xml': [expect.objectContaining({ url: '/feeds/releases.xml' })],
    });
  });

  it('makes a Russian or French page canonical at its own prefixed address, and the same alternates', () => {
    const ru = pageMetadata({ ...page, locale: 'ru' });
    expect(ru.alternates?.canonical).toBe('/ru/cities/moscow');
    expect(ru.openGraph).toMatchObject({
      url: '/ru/cities/moscow',
      locale: 'ru_RU',
      alternateLocale: ['en_GB', 'fr_FR'],
    });
    const fr = pageMetadata({ ...page, locale: 'fr' });
    expect(fr.alternates?.canonical).toBe('/fr/cities/moscow');
    expect(fr.openGraph).toMatchObject({ locale: 'fr_FR' });
    expect(fr.alternates?.languages).toEqual(ru.alternates?.languages);
    // The feed it points to by default is the one in its language, named in it.
    expect(ru.alternates?.types).toEqual({
      'application/atom+xml': [{ url: '/ru/feeds/releases.xml', title: 'Pressline: пресс-релизы' }],
    });
    expect(fr.alternates?.types).toEqual({
      'application/atom+xml': [{ url: '/fr/feeds/releases.xml', title: 'Pressline\u00a0: communiqués' }],
    });
  });

  it('reads a path given in its language as that language’s page', () => {
    const ru = pageMetadata({ ...page, path: '/ru/cities/moscow' });
    expect(ru.alternates?.canonical).toBe('/ru/cities/moscow');
    expect(ru.openGraph).toMatchObject({ locale: 'ru_RU' });
    expect(ru.alternates?.languages).toEqual(pageMetadata(page).alternates?.languages);
    expect(pageMetadata({ ...page, path: '/fr', locale: 'fr' }).alternates?.canonical).toBe('/fr');
  });

  it('prefixes the home page without a trailing slash and keeps a query string', () => {
    expect(pageMetadata({ ...page, path: '/', locale: 'fr' }).alternates?.languages).toEqual({
      en: '/',
      ru: '/ru',
      fr: '/fr',
      'x-default': '/',
    });
    const list = pageMetadata({ ...page, path: '/releases?city=geneva&page=2', locale: 'ru' });
    expect(list.alternates?.canonical).toBe('/ru/releases?city=geneva&page=2');
    expect((list.alternates?.languages as Record<string, string>).fr).toBe('/fr/releases?city=geneva&page=2');
  });
});
