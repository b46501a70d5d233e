/**
 * Who may do what. Every Server Action asks these before it writes, whatever the
 * page or the proxy already checked: a form post can name any row.
 */
export const ROLES = ['admin', 'officer'] as const;
export type Role = (typeof ROLES)[number];

export type Actor = { userId: string; email: string; role: Role; contactId: number | null };

export function isAdmin(actor: Actor | null): actor is Actor & { role: 'admin' } {
  return actor?.role === 'admin';
}

/** An officer edits only the contact their account speaks for; an admin edits anyone. */
export function canEditContact(actor: Actor | null, contactId: number): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  return actor.contactId !== null && actor.contactId === contactId;
}

/** Cities, releases, invitations and deactivations are the press office's, not one officer's. */
export function canManageDirectory(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** Officers read the history of their own contact and of what they did; admins read everything. */
export function canReadAudit(
  actor: Actor | null,
  row: { actorId: string | null; entity: string; entityId: number },
): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  if (row.actorId === actor.userId) return true;
  return row.entity === 'contact' && actor.contactId !== null && row.entityId === actor.contactId;
}

/**
 * Where a signed-in person stands for interview requests, read from the database on every check:
 * their contact's city (which only an admin changes) and the colleagues on leave who named them
 * as delegate.
 */
export type InboxScope = { actor: Actor; cityId: number | null; coversFor: number[] };

/** Who a request concerns: its city, the contacts it was addressed to, and who it was handed to. */
export type RequestReach = { cityId: number | null; addresseeIds: number[]; assigneeId: number | null };

/**
 * The one rule for reading and acting on an interview request, used by the inbox queries and by
 * every request write. An admin handles every request; an officer those addressed to them, to a
 * colleague they cover for, in their city, or handed to them by a colleague.
 */
export function canHandleRequest(scope: InboxScope, request: RequestReach): boolean {
  const { actor, cityId, coversFor } = scope;
  if (actor.role === 'admin') return true;
  if (actor.contactId === null) return false;
  if (request.addresseeIds.includes(actor.contactId) || request.assigneeId === actor.contactId) return true;
  if (request.addresseeIds.some((id) => coversFor.includes(id))) return true;
  return cityId !== null && request.cityId === cityId;
}

/** A delegate covers while someone is away: a colleague of the same organisation, never themselves. */
export function isValidDelegate(
  contact: { id: number; organisation: string },
  delegate: { id: number; organisation: string; active: boolean } | null,
): boolean {
  if (!delegate) return false;
  return delegate.id !== contact.id && delegate.active && delegate.organisation === contact.organisation;
}

/** Where a signed-out visitor may be sent back to after signing in: only our own staff pages. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string') return '/staff';
  const ok = /^\/(staff|me|requests)(\/[\w\-/]*)?(\?[\w\-=&%.]*)?$/.test(value) && !value.includes('//');
  return ok ? value : '/staff';
}
