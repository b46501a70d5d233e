import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { cities, cityNames, contactTranslations } from '@/db/schema';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { ContactCard } from './contact-card';

/** Each city's name in `locale`, by slug; a city without one (and every city in English) is left out. */
export function cityNamesIn(db: Db, slugs: string[], locale: Locale): Map<string, string> {
  if (locale === 'en' || slugs.length === 0) return new Map();
  const rows = db
    .select({ slug: cities.slug, name: cityNames.name })
    .from(cityNames)
    .innerJoin(cities, eq(cities.id, cityNames.cityId))
    .where(and(eq(cityNames.locale, locale), inArray(cities.slug, [...new Set(slugs)])))
    .all();
  return new Map(rows.map((r) => [r.slug, r.name]));
}

/** Each city's name in `locale`, by id; like cityNamesIn. `locale` may be any string: only ru and fr have names. */
export function cityNamesById(db: Db, ids: number[], locale: string): Map<number, string> {
  if (!isLocale(locale) || locale === 'en' || ids.length === 0) return new Map();
  const rows = db
    .select({ id: cityNames.cityId, name: cityNames.name })
    .from(cityNames)
    .where(and(eq(cityNames.locale, locale), inArray(cityNames.cityId, [...new Set(ids)])))
    .all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A city's name in `locale`, or its English name when nobody has given one. */
export function cityNameIn(db: Db, city: { slug: string; name: string }, locale: Locale): string {
  return cityNamesIn(db, [city.slug], locale).get(city.slug) ?? city.name;
}

/** A city's names in every other language, for the staff form: { ru: 'Москва', fr: 'Moscou' }. */
export function cityTranslations(cityId: number, db: Db = getDb()): Record<string, string> {
  const rows = db.select().from(cityNames).where(eq(cityNames.cityId, cityId)).all();
  return Object.fromEntries(rows.map((r) => [r.locale, r.name]));
}

/** An officer's role and bio in every other language: { ru: { role, bio }, fr: { role, bio } }. */
export function contactTranslationsOf(
  contactId: number,
  db: Db = getDb(),
): Record<string, { role: string; bio: string }> {
  const rows = db.select().from(contactTranslations).where(eq(contactTranslations.contactId, contactId)).all();
  return Object.fromEntries(rows.map((r) => [r.locale, { role: r.role, bio: r.bio }]));
}

/**
 * Cards as a reader of `locale` sees them: city names in that language, and each role and bio in it
 * where the officer gave one. An empty translation falls back to the English text, and `textLang` says
 * so, for the page to mark that text lang="en" (screen readers then switch voice).
 */
export function localizeCards(db: Db, cards: ContactCard[], locale: Locale): ContactCard[] {
  if (locale === 'en' || cards.length === 0) return cards;
  const names = cityNamesIn(
    db,
    cards.flatMap((c) => [c.city.slug, ...(c.delegate ? [c.delegate.citySlug] : [])]),
    locale,
  );
  const texts = new Map(
    db
      .select()
      .from(contactTranslations)
      .where(
        and(
          eq(contactTranslations.locale, locale),
          inArray(
            contactTranslations.contactId,
            cards.map((c) => c.id),
          ),
        ),
      )
      .all()
      .map((t) => [t.contactId, t]),
  );
  return cards.map((card) => {
    const t = texts.get(card.id);
    const role = t?.role.trim() ? t.role : null;
    const bio = t?.bio.trim() ? t.bio : null;
    return {
      ...card,
      role: role ?? card.role,
      bio: bio ?? card.bio,
      textLang: { role: role ? locale : 'en', bio: bio ? locale : 'en' },
      city: { ...card.city, name: names.get(card.city.slug) ?? card.city.name },
      delegate: card.delegate
        ? { ...card.delegate, cityName: names.get(card.delegate.citySlug) ?? card.delegate.cityName }
        : null,
    };
  });
}
