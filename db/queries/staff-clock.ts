import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, contacts, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/rules';
import { officerTimeZone } from '@/lib/time/staff-clock';

/** The zone this person's staff pages show times in, and what it falls back to when they chose none. */
export async function getStaffClock(
  actor: Actor,
): Promise<{ timeZone: string; chosen: string | null; cityZone: string | null }> {
  const row = getDb()
    .select({ chosen: users.timeZone, cityZone: cities.timeZone })
    .from(users)
    .leftJoin(contacts, eq(contacts.id, users.contactId))
    .leftJoin(cities, eq(cities.id, contacts.cityId))
    .where(eq(users.id, actor.userId))
    .get();
  const chosen = row?.chosen ?? null;
  const cityZone = row?.cityZone ?? null;
  return { timeZone: officerTimeZone(chosen, cityZone), chosen, cityZone };
}
