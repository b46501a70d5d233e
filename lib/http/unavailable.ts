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

// Shared through globalThis: the server and Next's module graph load this file separately.
const holder = globalThis as unknown as { __presslineResponseFlags?: Map<string, FlaggedStatus> };
const flags = () => (holder.__presslineResponseFlags ??= new Map());

export type FlaggedStatus = 400 | 413 | 503;

export function flagResponse(requestId: string | null | undefined, status: FlaggedStatus) {
  if (requestId) flags().set(requestId, status);
}

/** The status a request was flagged with, once; undefined when it was not. */
export function takeFlaggedStatus(requestId: string): FlaggedStatus | undefined {
  const status = flags().get(requestId);
  flags().delete(requestId);
  return status;
}
