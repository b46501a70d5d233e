import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/rules';
import { addContact, deactivateContact } from './contacts-admin';
import { NotAllowedError } from './contacts';
import { openDatabase } from '..';
import { auditLog, contacts, sessions, users } from '../schema';
import { seedDemoData } from '../seed';

function setup() {
  const db = openDatabase(':memory:');
  seedDemoData(db);
  const id = (slug: string) => db.select().from(contacts).where(eq(contacts.slug, slug)).get()!.id;
  db.insert(users)
    .values([
      { id: 'admin', name: 'Admin', email: 'admin@example.org', role: 'admin' },
      { id: 'marie', name: 'Marie', email: 'marie@example.org', role: 'officer', contactId: id('marie-claudet') },
    ])
    .run();
  db.insert(sessions)
    .values({ id: 's1', token: 't1', userId: 'marie', expiresAt: new Date(Date.now() + 60_000) })
    .run();
  const admin: Actor = { userId: 'admin', email: 'admin@example.org', role: 'admin', contactId: null };
  const marie: Actor = { userId: 'marie', email: 'marie@example.org', role: 'officer', contactId: id('marie-claudet') };
  return { db, id, admin, marie };
}

describe('deactivateContact', () => {
  it('keeps the contact on releases with a successor, ends their sessions and clears them as delegate', () => {
    const { db, id, admin } = setup();
    const { paths } = deactivateContact(db, admin, id('marie-claudet'), id('ayuna-batoeva'));
    const marie = db
      .select()
      .from(contacts)
      .where(eq(contacts.id, id('marie-claudet')))
      .get()!;
    expect([marie.active, marie.successorId]).toEqual([false, id('ayuna-batoeva')]);
    expect(paths).toContain('/releases/ifrc-president-rocca-meets-president-putin');
    expect(db.select().from(sessions).all()).toEqual([]);
    expect(db.select().from(contacts).where(eq(contacts.slug, 'jonas-weber')).get()!.delegateId).toBeNull();
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((r) => [r.field, r.newValue]),
    ).toEqual([
      ['active', 'no'],
      ['successor', 'Ayuna Batoeva'],
    ]);
  });

  it('is refused to officers and for a successor who is the contact itself', () => {
    const { db, id, admin, marie } = setup();
    expect(() => deactivateContact(db, marie, id('ayuna-batoeva'), id('marie-claudet'))).toThrow(NotAllowedError);
    expect(() => deactivateContact(db, admin, id('ayuna-batoeva'), id('ayuna-batoeva'))).toThrow(NotAllowedError);
    expect(db.select().from(auditLog).all()).toEqual([]);
  });
});

describe('addContact', () => {
  it('makes a unique slug and logs the new contact', () => {
    const { db, admin } = setup();
    const city = db.select().from(contacts).where(eq(contacts.slug, 'marie-claudet')).get()!.cityId;
    const made = addContact(db, admin, {
      fullName: 'Marie Claudet',
      organisation: 'IFRC',
      role: 'Media',
      cityId: city,
    });
    expect(made.slug).toBe('marie-claudet-2');
    // Its own URLs too: a 404 cached before it existed must not outlive its creation (issue #13 item 5).
    expect(made.paths).toEqual(['/', '/contacts/marie-claudet-2', '/contacts/marie-claudet-2/vcard', '/cities/geneva']);
  });
});
