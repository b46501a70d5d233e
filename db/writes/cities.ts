import { eq } from 'drizzle-orm';
import { diffSnapshots } from '@/lib/audit-diff';
import { canManageDirectory, type Actor } from '@/lib/auth/rules';
import type { CityInput } from '@/lib/directory/city-form';
import { slugify, uniqueSlug } from '@/lib/slug';
import { publicPathsForContacts } from '../queries/affected-paths';
import { writeAudit } from './audit';
import { NotAllowedError } from './contacts';
import { writeTransaction, type Db } from '..';
import { cities, contacts } from '../schema';

const snapshot = (c: CityInput) => ({
  name: c.name,
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
    const [row] = tx
      .insert(cities)
      .values({ slug, ...input, createdAt: now, updatedAt: now })
      .returning({ id: cities.id })
      .all();
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
    const changes = diffSnapshots(snapshot(before), snapshot(input));
    if (changes.length === 0) return { slug: before.slug, paths: [] as string[] };
    tx.update(cities)
      .set({ ...input, updatedAt: now })
      .where(eq(cities.id, cityId))
      .run();
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
