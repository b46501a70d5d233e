import { verifyPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAuth } from '@/lib/auth/auth';
import { seedDemoAccounts } from './demo-accounts';
import { openDatabase } from './';
import { accounts, users } from './schema';
import { seedDemoData } from './seed';

describe('seedDemoAccounts', () => {
  // Eleven scrypt hashes: seconds on a busy 2-core machine.
  it(
    'makes one admin and one officer per contact with random hashed passwords, once',
    { timeout: 60_000 },
    async () => {
      const db = openDatabase(':memory:');
      seedDemoData(db);
      const auth = createAuth(db);
      const made = await seedDemoAccounts(db, auth);
      expect(made.filter((c) => c.role === 'admin')).toHaveLength(1);
      expect(made.filter((c) => c.role === 'officer')).toHaveLength(10);
      expect(new Set(made.map((c) => c.password)).size).toBe(made.length);

      const ayuna = made.find((c) => c.contact === 'ayuna-batoeva')!;
      const user = db.select().from(users).where(eq(users.email, ayuna.email)).get()!;
      expect(user.role).toBe('officer');
      expect(user.contactId).not.toBeNull();
      const account = db.select().from(accounts).where(eq(accounts.userId, user.id)).get()!;
      expect(account.password).not.toContain(ayuna.password);
      expect(await verifyPassword({ hash: account.password!, password: ayuna.password })).toBe(true);
      expect(await verifyPassword({ hash: account.password!, password: 'wrong password' })).toBe(false);

      expect(await seedDemoAccounts(db, auth)).toEqual([]);
    },
  );
});
