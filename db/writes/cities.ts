import { eq } from 'drizzle-orm';
import { diffSnapshots } from '@/lib/audit-diff';
import { canManageDirectory, type Actor } from '@/lib/auth/rules';
import type { CityInput } from '@/lib/directory/city-form';
import { slugify, uniqueSlug } from '@/lib/slug';
import { publicPathsForContacts } from '../queries/affected-paths';
import { writeAudit } from './audit';
import { setCityNames } from './city-names';
import { NotAllowedError } from './contacts';
import { writeTransaction, type Db } from '..';
import { cities, cityNames, contacts } from '../schema';

const snapshot = (c: CityInput) => ({
  name: c.name,
  nameRu: c.nameRu ?? null,
  nameFr: c.nameFr ?? null,
  country: c.country,
  timeZone: c.timeZone,
  deskEmail: c.deskEmail,
  dutyPhone: c.dutyPhone,
});

export function createCity(db: Db, actor: Actor, input: CityInput, now = new Date()) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not add cities`);
  return writeTransaction(db, (tx) => {
    const slug = uniqueSlug(
      slugify(input.name),
      (s) => !!tx.select({ id: cities.id }).from(cities).where(eq(cities.slug, s)).get(),
    );
    const { nameRu, nameFr, ...fields } = input;
    const [row] = tx
      .insert(cities)
      .values({ slug, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: cities.id })
      .all();
    setCityNames(tx, row!.id, { ru: nameRu ?? '', fr: nameFr ?? '' });
    writeAudit(tx, actor, 'city', row!.id, input.name, diffSnapshots({}, snapshot(input)), now);
    // Home lists cities, and the release list's city filter names them; its own page and feed must
    // not stay a 404 cached before it existed.
    return { slug, paths: ['/', `/cities/${slug}`, `/feeds/cities/${slug}.xml`] };
  });
}

/** A city's name or zone shows on every card of its contacts, so their pages go too. */
export function updateCity(db: Db, actor: Actor, cityId: number, input: CityInput, now = new Date()) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not edit cities`);
  return writeTransaction(db, (tx) => {
    const before = tx.select().from(cities).where(eq(cities.id, cityId)).get();
    if (!before) throw new NotAllowedError(`No city ${cityId}`);
    const names = tx.select().from(cityNames).where(eq(cityNames.cityId, cityId)).all();
    const nameIn = (locale: string) => names.find((n) => n.locale === locale)?.name ?? '';
    const old = { ...before, nameRu: nameIn('ru'), nameFr: nameIn('fr') };
    const changes = diffSnapshots(
      snapshot(old),
      snapshot({ ...input, nameRu: input.nameRu ?? old.nameRu, nameFr: input.nameFr ?? old.nameFr }),
    );
    if (changes.length === 0) return { slug: before.slug, paths: [] as string[] };
    const { nameRu, nameFr, ...fields } = input;
    tx.update(cities)
      .set({ ...fields, updatedAt: now })
      .where(eq(cities.id, cityId))
      .run();
    if (changes.some((c) => c.field === 'nameRu' || c.field === 'nameFr'))
      setCityNames(tx, cityId, { ru: nameRu ?? old.nameRu, fr: nameFr ?? old.nameFr });
    writeAudit(tx, actor, 'city', cityId, input.name, changes, now);
    const people = tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(eq(contacts.cityId, cityId))
      .all()
      .map((c) => c.id);
    return {
      slug: before.slug,
      paths: [...new Set([`/cities/${before.slug}`, ...publicPathsForContacts(tx as unknown as Db, people, [cityId])])],
    };
  });
}
