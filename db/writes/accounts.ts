import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Auth } from '@/lib/auth/auth';
import { INVITE_LINK_SECONDS } from '@/lib/auth/auth';
import type { Role } from '@/lib/auth/rules';
import { publicUrl } from '@/lib/config';
import type { Db } from '..';
import { users } from '../schema';

export type NewAccount = { email: string; name: string; role: Role; contactId: number | null; password: string | null };

/**
 * Creates a user through better-auth's own adapter, so hashing and ids are the library's.
 * Without a password the account can only be entered through a set-password link.
 */
export async function createAccount(auth: Auth, account: NewAccount): Promise<string> {
  const ctx = await auth.$context;
  const user = await ctx.internalAdapter.createUser(
    {
      email: account.email.toLowerCase(),
      name: account.name,
      emailVerified: true,
      role: account.role,
      contactId: account.contactId,
    },
    { method: 'admin' },
  );
  if (account.password !== null) {
    const hash = await ctx.password.hash(account.password);
    await ctx.internalAdapter.createAccount({
      userId: user.id,
      providerId: 'credential',
      accountId: user.id,
      password: hash,
    });
  }
  return user.id;
}

/** A one-time link that lets the holder choose a password (invitations, `npm run user -- create --link`). */
export async function createSetPasswordLink(
  auth: Auth,
  userId: string,
  seconds = INVITE_LINK_SECONDS,
): Promise<string> {
  const ctx = await auth.$context;
  const token = crypto.randomBytes(24).toString('base64url');
  // The same identifier better-auth's resetPassword endpoint consumes.
  await ctx.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: userId,
    expiresAt: new Date(Date.now() + seconds * 1000),
  });
  return `${publicUrl()}/set-password?token=${token}`;
}

export function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}

/** Readable, typeable, and about 96 bits: enough for a demo password shown once. */
export function randomPassword(): string {
  return crypto.randomBytes(12).toString('base64url');
}
