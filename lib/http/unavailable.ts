import type { EventEmitter } from 'node:events';

/** The process as the plain EventEmitter it is (Node's typings list only its own events). */
const processEvents: EventEmitter = process;

/**
 * Answers that are not the server's fault: when SQLite stays locked longer than busy_timeout the
 * code that noticed flags its request 503 ("try again in a moment"); a Server Action payload that
 * the framework cannot decode (forged hidden fields) is flagged 400. lib/server/server.ts applies the flag.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

export const BUSY_MESSAGE =
  'We could not save your request just now because the system is busy. Nothing was stored and your text is still here: press Send again in a moment, or call the press desk if it is urgent.';

export const SIGN_IN_BUSY_MESSAGE =
  'Signing in is paused for a moment because the system is busy. Nothing was changed: try again in a few seconds.';

export const PASSWORD_RESET_BUSY_MESSAGE =
  'Password resets are paused for a moment because the system is busy. No e-mail was sent: try again in a few seconds.';

/** SQLite's "the database is locked" (another writer held it longer than busy_timeout), however wrapped. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
  }
  return false;
}

/**
 * What React and Next throw while decoding a Server Action request whose `$ACTION_*` fields were
 * tampered with: the bound state is not JSON, or it refers to a part the body does not have.
 */
export function isMalformedActionPayload(error: unknown): boolean {
  return error instanceof SyntaxError || (error instanceof Error && error.message === 'Connection closed.');
}

export type FlaggedStatus = 400 | 413 | 503;

/**
 * A process event to the server (lib/server/server.ts), which owns the flags of the requests it is answering:
 * Next's bundles and the server each load this file as a module of their own, so no module state is shared.
 */
const FLAG_EVENT = 'pressline:flag-response';

export function flagResponse(requestId: string | null | undefined, status: FlaggedStatus) {
  if (requestId) processEvents.emit(FLAG_EVENT, requestId, status);
}

/** The server's side: called with each flag, synchronously, inside the request it flags. Returns the unsubscribe. */
export function onFlaggedResponse(listener: (requestId: string, status: FlaggedStatus) => void): () => void {
  const handle = (requestId: string, status: FlaggedStatus) => listener(requestId, status);
  processEvents.on(FLAG_EVENT, handle);
  return () => void processEvents.off(FLAG_EVENT, handle);
}
