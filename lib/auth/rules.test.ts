import { describe, expect, it } from 'vitest';
import { canEditContact, canManageDirectory, canReadAudit, isValidDelegate, safeReturnPath, type Actor } from './rules';

const admin: Actor = { userId: 'u-admin', email: 'admin@example.org', role: 'admin', contactId: null };
const ayuna: Actor = { userId: 'u-ayuna', email: 'ayuna@example.org', role: 'officer', contactId: 1 };
const unlinked: Actor = { userId: 'u-new', email: 'new@example.org', role: 'officer', contactId: null };

describe('canEditContact', () => {
  it('lets an officer edit their own contact and nobody else', () => {
    expect(canEditContact(ayuna, 1)).toBe(true);
    expect(canEditContact(ayuna, 2)).toBe(false);
  });
  it('lets an admin edit anyone', () => {
    expect(canEditContact(admin, 1)).toBe(true);
    expect(canEditContact(admin, 99)).toBe(true);
  });
  it('refuses the signed-out and officers without a contact', () => {
    expect(canEditContact(null, 1)).toBe(false);
    expect(canEditContact(unlinked, 1)).toBe(false);
  });
});

describe('canManageDirectory', () => {
  it('is for admins only', () => {
    expect(canManageDirectory(admin)).toBe(true);
    expect(canManageDirectory(ayuna)).toBe(false);
    expect(canManageDirectory(null)).toBe(false);
  });
});

describe('canReadAudit', () => {
  it('shows an officer the history of their contact and their own actions only', () => {
    expect(canReadAudit(ayuna, { actorId: 'u-admin', entity: 'contact', entityId: 1 })).toBe(true);
    expect(canReadAudit(ayuna, { actorId: 'u-ayuna', entity: 'release', entityId: 7 })).toBe(true);
    expect(canReadAudit(ayuna, { actorId: 'u-admin', entity: 'contact', entityId: 2 })).toBe(false);
    expect(canReadAudit(ayuna, { actorId: 'u-admin', entity: 'release', entityId: 1 })).toBe(false);
  });
  it('shows an admin everything', () => {
    expect(canReadAudit(admin, { actorId: null, entity: 'city', entityId: 3 })).toBe(true);
  });
});

describe('isValidDelegate', () => {
  const marie = { id: 3, organisation: 'IFRC' };
  it('accepts an active colleague of the same organisation', () => {
    expect(isValidDelegate(marie, { id: 1, organisation: 'IFRC', active: true })).toBe(true);
  });
  it('refuses oneself, another organisation and a departed colleague', () => {
    expect(isValidDelegate(marie, { id: 3, organisation: 'IFRC', active: true })).toBe(false);
    expect(isValidDelegate(marie, { id: 4, organisation: 'Pressline demo', active: true })).toBe(false);
    expect(isValidDelegate(marie, { id: 1, organisation: 'IFRC', active: false })).toBe(false);
    expect(isValidDelegate(marie, null)).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('keeps staff paths', () => {
    expect(safeReturnPath('/me')).toBe('/me');
    expect(safeReturnPath('/staff/contacts/ayuna-batoeva')).toBe('/staff/contacts/ayuna-batoeva');
    expect(safeReturnPath('/requests?status=new')).toBe('/requests?status=new');
  });
  it('never sends anyone off-site or to a public page', () => {
    expect(safeReturnPath('//evil.example/staff')).toBe('/staff');
    expect(safeReturnPath('https://evil.example/me')).toBe('/staff');
    expect(safeReturnPath('/staff//evil.example')).toBe('/staff');
    expect(safeReturnPath('/cities/moscow')).toBe('/staff');
    expect(safeReturnPath('/me\\@evil')).toBe('/staff');
    expect(safeReturnPath(null)).toBe('/staff');
  });
});
