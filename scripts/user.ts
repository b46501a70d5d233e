/**
 * `npm run user -- create --email <e> --role admin|officer [--contact <slug>] [--link]`
 * Creates a staff account on this server's database. The password is read from
 * standard input (never from the command line, which other users can see);
 * with --link it prints a one-time link where the person chooses their own.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { databasePath, openDatabase } from '@/db';
import { createAccount, createSetPasswordLink, findUserByEmail } from '@/db/writes/accounts';
import { contacts } from '@/db/schema';
import { createAuth, MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';
import { ROLES } from '@/lib/auth/rules';
import { ensureSecretFile } from '@/lib/auth/secret-file';
import { readPassword } from './read-password';

const usage =
  'usage: npm run user -- create --email <e-mail> --role admin|officer [--contact <slug>] [--name <name>] [--link]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    contact: { type: 'string' },
    name: { type: 'string' },
    link: { type: 'boolean' },
  },
});

const args = z
  .object({
    command: z.literal('create'),
    email: z.email(),
    role: z.enum(ROLES),
    contact: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    name: z.string().trim().min(1).max(120).optional(),
    link: z.boolean().optional(),
  })
  .refine((a) => a.role === 'admin' || a.contact, { message: 'an officer needs --contact <slug>', path: ['contact'] })
  .safeParse({ command: positionals[0], ...values });

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!args.success)
  fail(`${args.error.issues.map((i) => `${i.path.join('.') || 'command'}: ${i.message}`).join('\n')}\n${usage}`);
const a = args.data;

const file = databasePath();
process.env.BETTER_AUTH_SECRET ??= ensureSecretFile(path.join(path.dirname(file), 'auth-secret'));
const db = openDatabase(file);
const contact = a.contact ? db.select().from(contacts).where(eq(contacts.slug, a.contact)).get() : undefined;
if (a.contact && !contact) fail(`No contact with the slug "${a.contact}".`);
if (findUserByEmail(db, a.email)) fail(`An account for ${a.email} exists already.`);

const password = a.link
  ? null
  : await readPassword(`Password for ${a.email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
if (password !== null && password.length < MIN_PASSWORD_LENGTH)
  fail(`Refused: the password must have at least ${MIN_PASSWORD_LENGTH} characters.`);

const auth = createAuth(db);
const userId = await createAccount(auth, {
  email: a.email,
  name: a.name ?? contact?.fullName ?? a.email,
  role: a.role,
  contactId: contact?.id ?? null,
  password,
});
console.log(`Created ${a.role} ${a.email}${contact ? ` for ${contact.fullName}` : ''}.`);
if (a.link)
  console.log(`One-time link to choose a password (valid 7 days):\n${await createSetPasswordLink(auth, userId)}`);
db.$client.close();
