/**
 * One JSON line per request. Never the query string or a body (journalists' names, e-mails and
 * search terms stay out of logs), and the status-link token is a secret, so it is masked too (as is the link to a
 * refused request's draft).
 */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0]!.slice(0, 300);
  return path
    .replace(/^(\/(?:ru|fr))?\/request-status\/[^/]+/, '$1/request-status/:token')
    .replace(/^(\/(?:ru|fr))?\/interview-requests\/fix\/[^/]+/, '$1/interview-requests/fix/:token');
}

export type RequestLine = { id: string; method: string; path: string; status: number; ms: number; aborted?: true };

export function logRequest(line: RequestLine) {
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'request', ...line })}\n`,
  );
}

export function logEvent(level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...extra })}\n`);
}
