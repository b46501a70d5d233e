import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canEditContact, type Actor } from '../auth/rules';
import { runStaffAction, SIGNED_OUT, type StaffActionSpec } from './run-action';

const admin: Actor = { userId: 'u-admin', email: 'admin@example.org', role: 'admin', contactId: null };
const ayuna: Actor = { userId: 'u-ayuna', email: 'ayuna@example.org', role: 'officer', contactId: 1 };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** A contact's e-mail change with a password re-check: the write records who ran it. */
function spec(role: StaffActionSpec<z.ZodObject, unknown>['role'] = 'staff') {
  const writes: { actor: Actor; contactId: number; email: string }[] = [];
  const action = {
    role,
    refused: 'You can change only your own details. Nothing was saved.',
    notFound: 'That contact does not exist.',
    target: z.object({ contactId: z.coerce.number().int().positive() }),
    canTouch: (actor: Actor, target: { contactId: number }) => canEditContact(actor, target.contactId),
    input: z.object({
      email: z.email('Enter an e-mail address.'),
      fullName: z.string().trim().min(1, 'Enter the full name.'),
      password: z.string().min(12, 'Too short.'),
    }),
    secret: ['password'],
    run: ({ actor, target, input }: { actor: Actor; target: { contactId: number }; input: { email: string } }) => {
      writes.push({ actor, contactId: target.contactId, email: input.email });
      return { redirect: `/staff/contacts/${target.contactId}?saved=1` };
    },
  };
  return { action, writes };
}

const valid = { contactId: '1', email: 'ayuna@ifrc.org', fullName: 'Ayuna Batoeva', password: 'correct horse battery' };

describe('runStaffAction', () => {
  it('refuses the signed-out and writes nothing', async () => {
    const { action, writes } = spec();
    expect(await runStaffAction(null, action, form(valid))).toEqual({ status: 'refused', message: SIGNED_OUT });
    expect(writes).toEqual([]);
  });

  it('refuses the wrong role before reading anything', async () => {
    const { action, writes } = spec('admin');
    expect(await runStaffAction(ayuna, action, form(valid))).toEqual({ status: 'refused', message: action.refused });
    expect(writes).toEqual([]);
  });

  it('refuses a row the actor may not touch, even with valid input', async () => {
    const { action, writes } = spec();
    expect(await runStaffAction(ayuna, action, form({ ...valid, contactId: '2' }))).toEqual({
      status: 'refused',
      message: action.refused,
    });
    expect(writes).toEqual([]);
  });

  it('refuses a forged id as not found', async () => {
    const { action, writes } = spec();
    for (const contactId of ['', 'abc', '-1', '1.5']) {
      expect(await runStaffAction(admin, action, form({ ...valid, contactId }))).toEqual({
        status: 'refused',
        message: action.notFound,
      });
    }
    expect(writes).toEqual([]);
  });

  it('marks invalid fields and gives back what was typed, never the password', async () => {
    const { action, writes } = spec();
    const typed = { contactId: '1', email: 'not an address', fullName: '  ', password: 'short' };
    expect(await runStaffAction(ayuna, action, form(typed))).toEqual({
      status: 'invalid',
      message: 'Nothing was saved yet. Please correct the marked fields.',
      fieldErrors: { email: 'Enter an e-mail address.', fullName: 'Enter the full name.', password: 'Too short.' },
      values: { email: 'not an address', fullName: '  ' },
    });
    expect(writes).toEqual([]);
  });

  it('passes the actor, the row and the parsed input to the write, then says where to go', async () => {
    const { action, writes } = spec();
    expect(await runStaffAction(ayuna, action, form(valid))).toEqual({ redirect: '/staff/contacts/1?saved=1' });
    expect(await runStaffAction(admin, action, form(valid))).toEqual({ redirect: '/staff/contacts/1?saved=1' });
    expect(writes).toEqual([
      { actor: ayuna, contactId: 1, email: 'ayuna@ifrc.org' },
      { actor: admin, contactId: 1, email: 'ayuna@ifrc.org' },
    ]);
  });

  it('gives a parser the actor and the row, and shows its field errors the same way', async () => {
    const { action, writes } = spec();
    const seen: unknown[] = [];
    const withParser = {
      ...action,
      input: (read: (name: string) => string, ctx: { actor: Actor; target: { contactId: number } }) => {
        seen.push(ctx);
        const email = read('email');
        return email.endsWith('@ifrc.org')
          ? { ok: true as const, input: { email } }
          : { ok: false as const, fieldErrors: { email: 'Use your work address.' }, values: { email } };
      },
    };
    expect(await runStaffAction(ayuna, withParser, form({ ...valid, email: 'ayuna@gmail.com' }))).toMatchObject({
      status: 'invalid',
      fieldErrors: { email: 'Use your work address.' },
      values: { email: 'ayuna@gmail.com' },
    });
    expect(seen).toEqual([{ actor: ayuna, target: { contactId: 1 } }]);
    expect(writes).toEqual([]);
  });
});
