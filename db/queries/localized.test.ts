import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/rules';
import { openDatabase, type Db } from '@/db';
import { auditLog, cities, contacts, contactTranslations, users } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { createCity, updateCity } from '@/db/writes/cities';
import { contactCardWith, toContactCard } from './contact-card';
import { getCityPage, getContactPage, getReleasePage, getReleasesPage } from './directory';
import { cityNameIn, cityTranslations, localizeCards } from './localized';
import { search } from './search';

// The real SQLite file, as the server opens it (WAL, triggers, the migrations), not an in-memory copy.
let db: Db;
beforeEach(() => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pl-i18n-')), 'db.sqlite');
  db = openDatabase(file);
  seedDemoData(db);
  db.insert(users).values({ id: 'admin', name: 'Admin', email: 'admin@example.org', role: 'admin' }).run();
});
const admin: Actor = { userId: 'admin', email: 'admin@example.org', role: 'admin', contactId: null };
const card = (slug: string) =>
  toContactCard(db.query.contacts.findFirst({ where: eq(contacts.slug, slug), with: contactCardWith }).sync()!);
const city = (slug: string) => db.select().from(cities).where(eq(cities.slug, slug)).get()!;

describe('the directory in the reader’s language', () => {
  it('names each city in the locale, and in English where it has no name there', () => {
    expect(['en', 'ru', 'fr'].map((l) => cityNameIn(db, city('geneva'), l as 'en'))).toEqual([
      'Geneva',
      'Женева',
      'Genève',
    ]);
    db.$client.prepare(`delete from city_names where locale = 'fr'`).run();
    expect(cityNameIn(db, city('moscow'), 'fr')).toBe('Moscow');
  });

  it('gives role and bio in the locale, and says when it falls back to English', () => {
    const [ru] = localizeCards(db, [card('ayuna-batoeva')], 'ru');
    expect(ru).toMatchObject({
      role: 'Контакт для СМИ',
      city: { name: 'Москва' },
      textLang: { role: 'ru', bio: 'ru' },
    });
    // Peter Otieno has a Russian role but no Russian bio; Daniel Hughes nothing in French.
    const [peter] = localizeCards(db, [card('peter-otieno')], 'ru');
    expect(peter!.textLang).toEqual({ role: 'ru', bio: 'en' });
    expect(peter!.bio).toBe('A fictional officer who sets up field interviews.');
    const [daniel] = localizeCards(db, [card('daniel-hughes')], 'fr');
    expect(daniel).toMatchObject({ role: 'Night duty press officer (fictional)', textLang: { role: 'en', bio: 'en' } });
    expect(daniel!.city.name).toBe('Kuala Lumpur');
    // A delegate's city is named in the locale too; English cards are untouched.
    const [jonas] = localizeCards(db, [card('jonas-weber')], 'ru');
    expect(jonas!.delegate!.cityName).toBe('Женева');
    expect(localizeCards(db, [card('jonas-weber')], 'en')[0]).toEqual(card('jonas-weber'));
  });

  it('treats a blank translation as none', () => {
    const id = card('marie-claudet').id;
    db.update(contactTranslations).set({ role: '  ', bio: '' }).where(eq(contactTranslations.contactId, id)).run();
    const [marie] = localizeCards(db, [card('marie-claudet')], 'fr');
    expect(marie).toMatchObject({ role: 'Media contact', textLang: { role: 'en', bio: 'en' } });
  });
});

describe('search finds a city by any of its names', () => {
  const found = (q: string) => {
    const outcome = search(db, q);
    if (outcome.status !== 'ok') throw new Error(q);
    return { cities: outcome.cities.map((c) => c.slug), people: outcome.people.items.map((p) => p.card.slug).sort() };
  };

  it('finds Geneva and its people as "Женева", "Genève", "geneve" and "Geneva"', () => {
    const geneva = found('Geneva');
    expect(geneva.cities).toEqual(['geneva']);
    expect(geneva.people).toEqual(['amara-okafor', 'jonas-weber', 'marie-claudet']);
    for (const q of ['Женева', 'Genève', 'geneve', 'женева']) expect(found(q), q).toEqual(geneva);
    expect(found('Moscou').people).toEqual(['ayuna-batoeva', 'tommaso-della-longa']);
    expect(found('Найроби').cities).toEqual(['nairobi']);
  });

  it('follows a renamed translation at once: the new name finds the city, a removed one no longer', () => {
    expect(found('Лозанна').cities).toEqual([]);
    const g = city('geneva');
    updateCity(db, admin, g.id, { ...g, nameRu: 'Лозанна', nameFr: 'Genève' });
    expect(found('Лозанна')).toEqual(found('Geneva'));
    expect(cityTranslations(g.id, db)).toEqual({ ru: 'Лозанна', fr: 'Genève' });
    const audit = db.select().from(auditLog).where(eq(auditLog.entityId, g.id)).all();
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue])).toEqual([['nameRu', 'Женева', 'Лозанна']]);
    // Emptied, the Russian name is gone: Russian readers see "Geneva".
    const result = updateCity(db, admin, g.id, { ...g, nameRu: '', nameFr: 'Genève' });
    expect(result.paths).toContain('/cities/geneva');
    expect(result.paths).toContain('/contacts/marie-claudet');
    expect(cityNameIn(db, g, 'ru')).toBe('Geneva');
    expect(found('Лозанна').cities).toEqual([]);
  });
});

describe('search results in the reader’s language', () => {
  const peopleIn = (q: string, locale: 'en' | 'ru' | 'fr') => {
    const outcome = search(db, q, new Date(), locale);
    if (outcome.status !== 'ok') throw new Error(q);
    return new Map(outcome.people.items.map((p) => [p.card.slug, p.card]));
  };

  it('gives each person’s role, bio and city in the page’s language, English where none was given', () => {
    const ru = peopleIn('Москва', 'ru').get('ayuna-batoeva')!;
    expect(ru).toMatchObject({
      role: 'Контакт для СМИ',
      city: { name: 'Москва' },
      textLang: { role: 'ru', bio: 'ru' },
    });
    expect(ru).toEqual(localizeCards(db, [card('ayuna-batoeva')], 'ru')[0]);
    // Jonas Weber's delegate's city is named in French too; Daniel Hughes has no French role: English, marked so.
    expect(peopleIn('Geneva', 'fr').get('jonas-weber')!.delegate!.cityName).toBe('Genève');
    expect(peopleIn('night duty', 'fr').get('daniel-hughes')).toMatchObject({
      role: 'Night duty press officer (fictional)',
      textLang: { role: 'en', bio: 'en' },
    });
    // English pages are as before.
    expect(peopleIn('Москва', 'en').get('ayuna-batoeva')).toEqual(card('ayuna-batoeva'));
  });

  it('says which city matched by its name in the page’s language', () => {
    const matchedCity = (q: string, locale: 'en' | 'ru' | 'fr') => {
      const outcome = search(db, q, new Date(), locale);
      if (outcome.status !== 'ok') throw new Error(q);
      const marie = outcome.people.items.find((p) => p.card.slug === 'marie-claudet')!;
      const field = marie.matched.find((m) => m.field === 'City')!;
      return field.text.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');
    };
    expect(matchedCity('Женева', 'ru')).toBe('[Женева]');
    expect(matchedCity('geneva', 'ru')).toBe('[Женева]');
    expect(matchedCity('Женева', 'fr')).toBe('[Genève]');
    expect(matchedCity('Женева', 'en')).toBe('[Geneva] ([Genève])');
  });
});

describe('release lists in the reader’s language', () => {
  // The pages' queries read the one connection getDb() keeps: this test's file.
  beforeEach(() => {
    (globalThis as { __presslineDb?: Db }).__presslineDb = db;
    return () => void delete (globalThis as { __presslineDb?: Db }).__presslineDb;
  });

  it('names the filter’s cities and the datelines in it, and lists the reader’s version of a release', async () => {
    const ru = (await getReleasesPage(1, undefined, 'ru'))!;
    expect(ru.cities.map((c) => c.name)).toEqual(['Женева', 'Куала-Лумпур', 'Москва', 'Найроби', 'Панама']);
    const datelines = new Set(ru.items.flatMap((r) => r.dateline));
    expect(datelines).toContain('Женева');
    expect(datelines).not.toContain('Geneva');
    expect((await getReleasesPage(1))!.cities.map((c) => c.name)[0]).toBe('Geneva');

    const moscow = (await getCityPage('moscow', 'ru'))!.latestReleases[0]!;
    expect(moscow).toMatchObject({ slug: 'ifrc-president-rocca-meets-president-putin-ru', language: 'ru' });
    expect(moscow.dateline).toEqual(['Москва', 'Женева']);

    const ayuna = (await getContactPage('ayuna-batoeva', 'fr'))!.releases;
    expect(ayuna.map((r) => [r.language, r.cityLabel])).toEqual([['fr', 'Moscou']]);
    expect((await getContactPage('ayuna-batoeva'))!.releases.map((r) => r.cityLabel)).toEqual(['Moscow']);
  });

  it('prints a release’s dateline in the release’s own language, whatever the reader’s', async () => {
    const russian = (await getReleasePage('ifrc-president-rocca-meets-president-putin-ru', 'fr'))!;
    expect([russian.language, russian.dateline]).toEqual(['ru', ['Москва', 'Женева']]);
    const english = (await getReleasePage('ifrc-president-rocca-meets-president-putin', 'ru'))!;
    expect([english.language, english.dateline]).toEqual(['en', ['Moscow', 'Geneva']]);
  });
});

describe('a new city with its names', () => {
  it('stores the Russian and French names, logs them, and search finds it by either at once', () => {
    const input = {
      name: 'Bern',
      nameRu: 'Берн',
      nameFr: 'Berne',
      country: 'CH',
      timeZone: 'Europe/Zurich',
      deskEmail: 'bern@example.org',
      dutyPhone: '+41310000000',
    };
    const { slug } = createCity(db, admin, input);
    const bern = city(slug);
    expect(cityTranslations(bern.id, db)).toEqual({ ru: 'Берн', fr: 'Berne' });
    const fields = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, bern.id))
      .all()
      .map((a) => a.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'nameRu', 'nameFr']));
    const found = (q: string) => {
      const outcome = search(db, q);
      return outcome.status === 'ok' ? outcome.cities.map((c) => c.slug) : [];
    };
    expect(found('Берн')).toEqual([slug]);
    expect(found('Berne')).toEqual([slug]);
  });
});
