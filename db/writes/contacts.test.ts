import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/rules';
import { confirmContactDetails, loadContactDetails, NotAllowedError, saveContactDetails } from './contacts';
import { openDatabase } from '..';
import { auditLog, contacts, contactTranslations, users } from '../schema';
import { seedDemoData } from '../seed';

function setup() {
  const db = openDatabase(':memory:');
  seedDemoData(db);
  const id = (slug: string) => db.select().from(contacts).where(eq(contacts.slug, slug)).get()!.id;
  const officer: Actor = { userId: 'u1', email: 'ayuna@example.org', role: 'officer', contactId: id('ayuna-batoeva') };
  db.insert(users)
    .values({ id: 'u1', name: 'Ayuna Batoeva', email: officer.email, role: 'officer', contactId: officer.contactId })
    .run();
  return { db, id, officer };
}

describe('saveContactDetails', () => {
  it('saves an officer’s own new number and logs exactly that field', () => {
    const { db, officer } = setup();
    const before = loadContactDetails(db, officer.contactId!)!;
    const result = saveContactDetails(db, officer, officer.contactId!, {
      ...before,
      phones: [{ kind: 'mobile', e164: '+41797084367', extension: null }],
    });
    expect(result.changes.map((c) => c.field)).toEqual(['phones']);
    expect(result.paths).toContain('/cities/moscow');
    expect(loadContactDetails(db, officer.contactId!)!.phones).toEqual([
      { kind: 'mobile', e164: '+41797084367', extension: null },
    ]);
    const log = db.select().from(auditLog).all();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      actorId: 'u1',
      entity: 'contact',
      field: 'phones',
      newValue: 'Mobile +41 79 708 43 67',
    });
  });

  it('refuses another contact’s id from an officer and changes nothing', () => {
    const { db, id, officer } = setup();
    const marie = id('marie-claudet');
    const before = loadContactDetails(db, marie)!;
    expect(() => saveContactDetails(db, officer, marie, { ...before, fullName: 'Forged' })).toThrow(NotAllowedError);
    expect(() => confirmContactDetails(db, officer, marie)).toThrow(NotAllowedError);
    expect(loadContactDetails(db, marie)).toEqual(before);
    expect(db.select().from(auditLog).all()).toEqual([]);
  });

  it('logs nothing for an unchanged save, and a confirmation as one row', () => {
    const { db, officer } = setup();
    const before = loadContactDetails(db, officer.contactId!)!;
    expect(saveContactDetails(db, officer, officer.contactId!, before).changes).toEqual([]);
    const now = new Date('2026-11-30T10:00:00Z');
    expect(confirmContactDetails(db, officer, officer.contactId!, now).paths).toEqual(['/contacts/ayuna-batoeva']);
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((r) => [r.field, r.newValue]),
    ).toEqual([['confirmedAt', '2026-11-30T10:00:00.000Z']]);
  });

  it('"Save and confirm": an unchanged save still confirms, a changed one saves and confirms in one go', () => {
    const { db, officer } = setup();
    const id = officer.contactId!;
    const before = loadContactDetails(db, id)!;
    const monday = new Date('2026-11-30T10:00:00Z');
    const unchanged = saveContactDetails(db, officer, id, before, monday, { confirm: true });
    expect(unchanged).toEqual({ changes: [], paths: ['/contacts/ayuna-batoeva'] });
    const confirmedAt = () => db.select().from(contacts).where(eq(contacts.id, id)).get()!.confirmedAt;
    expect(confirmedAt()).toEqual(monday);

    const tuesday = new Date('2026-12-01T10:00:00Z');
    const changed = saveContactDetails(db, officer, id, { ...before, role: 'Head of media' }, tuesday, {
      confirm: true,
    });
    expect(changed.changes.map((c) => c.field)).toEqual(['role']);
    expect(changed.paths).toContain('/contacts/ayuna-batoeva');
    expect(confirmedAt()).toEqual(tuesday);
    const fields = db
      .select()
      .from(auditLog)
      .all()
      .map((r) => r.field);
    expect(fields).toEqual(['confirmedAt', 'confirmedAt', 'role']);
  });
});

describe('role and bio per language', () => {
  it('saves an officer’s Russian role, logs it, and clears a language left empty', () => {
    const { db, officer } = setup();
    const id = officer.contactId!;
    const before = loadContactDetails(db, id)!;
    expect(before.translations!.ru.role).toBe('Контакт для СМИ');
    const result = saveContactDetails(db, officer, id, {
      ...before,
      translations: { ru: { role: 'Пресс-секретарь', bio: before.translations!.ru.bio }, fr: { role: '', bio: '' } },
    });
    expect(result.changes.map((c) => [c.field, c.newValue])).toEqual([
      ['roleRu', 'Пресс-секретарь'],
      ['roleFr', null],
      ['bioFr', null],
    ]);
    expect(result.paths).toEqual(expect.arrayContaining(['/contacts/ayuna-batoeva', '/cities/moscow']));
    expect(db.select().from(contactTranslations).where(eq(contactTranslations.contactId, id)).all()).toEqual([
      { contactId: id, locale: 'ru', role: 'Пресс-секретарь', bio: before.translations!.ru.bio },
    ]);
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((a) => a.field),
    ).toEqual(['roleRu', 'roleFr', 'bioFr']);
  });

  it('keeps the translations when a save does not mention them (an import)', () => {
    const { db, officer } = setup();
    const id = officer.contactId!;
    const { translations, ...rest } = loadContactDetails(db, id)!;
    expect(saveContactDetails(db, officer, id, { ...rest, role: 'Head of media' }).changes.map((c) => c.field)).toEqual(
      ['role'],
    );
    expect(loadContactDetails(db, id)!.translations).toEqual(translations);
  });
});
