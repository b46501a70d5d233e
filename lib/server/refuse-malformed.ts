import type { IncomingMessage, ServerResponse } from 'node:http';

/** Same as `serverActions.bodySizeLimit` in next.config.ts: our forms are short, a bigger body is abuse. */
export const BODY_LIMIT_BYTES = 256 * 1024;
// Above this we do not even read the body to answer politely: close the connection.
const DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;

function isDecodablePath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? '/').split('?')[0]!);
    return true;
  } catch {
    return false;
  }
}

function answer(res: ServerResponse, status: number, text: string) {
  res
    .writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'close',
    })
    .end(`${text}\n`);
}

/**
 * Answers requests Next would turn into a 500: percent-escapes that are not UTF-8 (`%FF`, `%C0%80`)
 * make its route matching throw, and an oversized action body is a 500 there instead of a 413.
 * Returns true when it answered.
 */
export function refuseMalformed(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isDecodablePath(req.url)) {
    answer(res, 400, 'That address is not valid.');
    return true;
  }
  const length = Number(req.headers['content-length'] ?? 0);
  if (!(length > BODY_LIMIT_BYTES)) return false;
  const message =
    'What you sent is larger than we accept (256 kB). Nothing was stored: shorten the longest field and send it again.';
  if (length > DRAIN_LIMIT_BYTES) {
    answer(res, 413, message);
    req.destroy();
  } else {
    // Read the body first, so the client is still listening when the answer comes.
    req.resume();
    req.once('end', () => answer(res, 413, message));
  }
  return true;
}
