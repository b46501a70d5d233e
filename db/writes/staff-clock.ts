import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Db } from '@/db';
import type { Actor } from '@/lib/auth/rules';

/** The zone a person's staff pages show times in; null goes back to their city's. */
export function setStaffTimeZone(db: Db, actor: Actor, timeZone: string | null): void {
  db.update(users).set({ timeZone, updatedAt: new Date() }).where(eq(users.id, actor.userId)).run();
}
