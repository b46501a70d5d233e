import { count } from 'drizzle-orm';
import type { Auth } from '@/lib/auth/auth';
import { createAccount, randomPassword } from './writes/accounts';
import type { Db } from './';
import { contacts, users } from './schema';

export type DemoCredential = { email: string; password: string; role: 'admin' | 'officer'; contact: string | null };

export const DEMO_ADMIN_EMAIL = 'admin@example.org';

/** The e-mail a demo officer signs in with: their own where they have one. */
export function demoOfficerEmail(contact: { slug: string; email: string | null }): string {
  return contact.email ?? `${contact.slug}@example.org`;
}

/**
 * Demo mode only: one admin and one officer per contact, each with a fresh random
 * password (hashed by better-auth). Returns the passwords so they can be shown once.
 */
export async function seedDemoAccounts(db: Db, auth: Auth): Promise<DemoCredential[]> {
  if ((db.select({ n: count() }).from(users).get()?.n ?? 0) > 0) return [];
  const made: DemoCredential[] = [];
  const adminPassword = randomPassword();
  await createAccount(auth, {
    email: DEMO_ADMIN_EMAIL,
    name: 'Demo admin',
    role: 'admin',
    contactId: null,
    password: adminPassword,
  });
  made.push({ email: DEMO_ADMIN_EMAIL, password: adminPassword, role: 'admin', contact: null });
  for (const c of db.select().from(contacts).orderBy(contacts.fullName).all()) {
    const password = randomPassword();
    const email = demoOfficerEmail(c);
    await createAccount(auth, { email, name: c.fullName, role: 'officer', contactId: c.id, password });
    made.push({ email, password, role: 'officer', contact: c.slug });
  }
  return made;
}

export function formatCredentials(list: DemoCredential[]): string {
  const lines = list.map(
    (c) => `${c.role.padEnd(8)} ${c.email.padEnd(34)} ${c.password}${c.contact ? `  (${c.contact})` : ''}`,
  );
  return ['Demo accounts (sign in at /sign-in):', ...lines, ''].join('\n');
}
