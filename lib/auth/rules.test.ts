import { describe, expect, it } from 'vitest';
import {
  canEditContact,
  canHandleRequest,
  canManageDirectory,
  canReadAudit,
  isValidDelegate,
  safeReturnPath,
  type Actor,
  type InboxScope,
} from './rules';

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

describe('canHandleRequest', () => {
  // Ayuna (contact 1) works in Moscow (city 2) and covers for contact 5 while they are away.
  const scope: InboxScope = { actor: ayuna, cityId: 2, coversFor: [5] };
  const geneva = 3;
  it('lets an officer handle requests to them, to someone they cover for, in their city, or handed to them', () => {
    expect(canHandleRequest(scope, { cityId: null, addresseeIds: [1], assigneeId: null })).toBe(true);
    expect(canHandleRequest(scope, { cityId: geneva, addresseeIds: [5], assigneeId: null })).toBe(true);
    expect(canHandleRequest(scope, { cityId: 2, addresseeIds: [], assigneeId: null })).toBe(true);
    expect(canHandleRequest(scope, { cityId: geneva, addresseeIds: [9], assigneeId: 1 })).toBe(true);
  });
  it('keeps another city’s requests from an officer, whoever else they are addressed to', () => {
    expect(canHandleRequest(scope, { cityId: geneva, addresseeIds: [9], assigneeId: null })).toBe(false);
    expect(canHandleRequest(scope, { cityId: geneva, addresseeIds: [], assigneeId: 9 })).toBe(false);
    expect(canHandleRequest(scope, { cityId: null, addresseeIds: [], assigneeId: null })).toBe(false);
  });
  it('follows the city an admin set: after a move the old city’s requests are gone', () => {
    const moved: InboxScope = { ...scope, cityId: geneva };
    expect(canHandleRequest(moved, { cityId: 2, addresseeIds: [], assigneeId: null })).toBe(false);
    expect(canHandleRequest(moved, { cityId: geneva, addresseeIds: [], assigneeId: null })).toBe(true);
  });
  it('gives an officer without a contact nothing, and an admin everything', () => {
    expect(
      canHandleRequest(
        { actor: unlinked, cityId: 2, coversFor: [] },
        { cityId: 2, addresseeIds: [], assigneeId: null },
      ),
    ).toBe(false);
    expect(
      canHandleRequest(
        { actor: unlinked, cityId: null, coversFor: [] },
        { cityId: null, addresseeIds: [], assigneeId: null },
      ),
    ).toBe(false);
    expect(
      canHandleRequest(
        { actor: admin, cityId: null, coversFor: [] },
        { cityId: geneva, addresseeIds: [], assigneeId: null },
      ),
    ).toBe(true);
  });
});
