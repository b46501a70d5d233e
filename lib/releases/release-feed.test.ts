import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { localizedReleaseFeedXml, releaseFeedXml } from './release-feed';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' });
const releases = [
  {
    slug: 'rocca-ru',
    title: 'Президент МФОКК провёл встречу',
    summary: '',
    publishedOn: '2021-12-06',
    updatedAt: new Date('2021-12-06T12:00:00Z'),
    organisations: ['IFRC'],
    language: 'ru',
  },
  {
    slug: 'drill',
    title: 'Volunteers rehearse flood response',
    summary: 'A drill.',
    publishedOn: '2026-11-20',
    updatedAt: new Date('2026-11-20T12:00:00Z'),
    organisations: [],
    language: 'en',
  },
];

describe('releaseFeedXml', () => {
  it('says its title in the reader’s language and keeps each release in its own', async () => {
    const feed = parser.parse(await localizedReleaseFeedXml('https://p.example', releases, null, 'fr')).feed;
    expect(feed['@xml:lang']).toBe('fr');
    expect(feed.title['#text']).toBe('Pressline\u00a0: communiqués');
    expect(feed.link.map((l: { '@href': string }) => l['@href'])).toEqual([
      'https://p.example/fr/feeds/releases.xml',
      'https://p.example/fr/releases',
    ]);
    expect(feed.entry.map((e: { '@xml:lang': string }) => e['@xml:lang'])).toEqual(['ru', 'en']);
    expect(feed.entry[0].link['@href']).toBe('https://p.example/fr/releases/rocca-ru');
    // One release, one id, whichever language's feed carries it.
    expect(feed.entry[0].id).toBe('https://p.example/releases/rocca-ru');
  });

  it('keeps the English feed as it was, and names a city in Russian', async () => {
    const en = parser.parse(releaseFeedXml('https://p.example', releases, null)).feed;
    expect(en.title['#text']).toBe('Pressline: releases');
    expect(en.id).toBe('https://p.example/feeds/releases.xml');
    expect(en.entry[1].link['@href']).toBe('https://p.example/releases/drill');
    const city = { slug: 'moscow', name: 'Москва' };
    const ru = parser.parse(await localizedReleaseFeedXml('https://p.example', releases, city, 'ru')).feed;
    expect(ru.title['#text']).toBe('Pressline: пресс-релизы — Москва');
    expect(ru.link[1]['@href']).toBe('https://p.example/ru/releases?city=moscow');
  });
});

describe('release list counts', () => {
  it('decline in Russian and agree in French', async () => {
    const ru = await translatorFor('ru');
    expect([1, 2, 5, 21].map((count) => ru('ReleasesPage.count', { count, page: 1, pages: 2 }))).toEqual([
      '1 релиз, сначала новые. Страница 1 из 2.',
      '2 релиза, сначала новые. Страница 1 из 2.',
      '5 релизов, сначала новые. Страница 1 из 2.',
      '21 релиз, сначала новые. Страница 1 из 2.',
    ]);
    const fr = await translatorFor('fr');
    expect([0, 1, 2].map((count) => fr('ReleasesPage.count', { count, page: 1, pages: 1 }).split(',')[0])).toEqual([
      '0 communiqué',
      '1 communiqué',
      '2 communiqués',
    ]);
    const en = await translatorFor('en');
    expect(en('ReleasesPage.count', { count: 13, page: 1, pages: 2 })).toBe('13 releases, newest first. Page 1 of 2.');
  });
});
