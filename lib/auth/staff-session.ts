import 'server-only';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { contacts, users } from '@/db/schema';
import { getAuth } from './auth';
import { isAdmin, type Actor } from './rules';

/**
 * The signed-in staff member, read from the session cookie and the users table on every
 * call: a role change or a deactivated contact takes effect on the next request.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const db = getDb();
  const row = db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      contactId: users.contactId,
      contactActive: contacts.active,
    })
    .from(users)
    .leftJoin(contacts, eq(contacts.id, users.contactId))
    .where(eq(users.id, session.user.id))
    .get();
  if (!row) return null;
  // An officer whose contact has left the directory keeps no access.
  if (row.role === 'officer' && row.contactId !== null && row.contactActive === false) return null;
  return { userId: row.id, email: row.email, role: row.role, contactId: row.contactId };
}

export function signInPath(returnPath: string): string {
  return `/sign-in?next=${encodeURIComponent(returnPath)}`;
}

/** For pages: the actor, or off to the sign-in page with a way back here. */
export async function requireActor(returnPath: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(signInPath(returnPath));
  return actor;
}

/** For admin pages: officers are sent to their dashboard. */
export async function requireAdmin(returnPath: string): Promise<Actor> {
  const actor = await requireActor(returnPath);
  if (!isAdmin(actor)) redirect('/staff?denied=1');
  return actor;
}
