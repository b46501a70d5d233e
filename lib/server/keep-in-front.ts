import type { ServerResponse } from 'node:http';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';

/**
 * How long nginx may keep a page (`X-Accel-Expires`, which nginx reads before Cache-Control and never passes
 * on; decision 0055). Sent only when the app purges (CACHE_PURGE_URLS): every public write purges the paths it
 * changed (lib/http/cache-purge.ts), so nginx keeps what a purge can name for minutes while a CDN or browser
 * still sees the app's `s-maxage=1`:
 *
 * - only Next's cached pages (`x-nextjs-cache`), the ones `revalidatePublic()` names; route handlers (feeds,
 *   vCards, the API) are made per request and stay at a second;
 * - only a URL without a query string: nobody can list every `/releases?city=&page=` a visitor asked for;
 * - never past the next change of anyone's availability (a status is in the HTML and changes with the clock,
 *   with no write to purge it): the app's own refresh runs a second after it, nginx's copy goes a few
 *   seconds later, and `MAX_KEEP_SECONDS` bounds what a purge that never arrived (nginx down) can cost.
 */
export const MAX_KEEP_SECONDS = 600;
/** After the app's availability refresh (due a second after the change), time for it to finish. */
const AFTER_REFRESH_MS = 4_000;

export const KEEP_HEADER = 'X-Accel-Expires';

export function keepInFrontSeconds(
  url: string | undefined,
  res: Pick<ServerResponse, 'statusCode' | 'getHeader'>,
  { now, nextRefreshAt }: { now: number; nextRefreshAt: number },
): number | null {
  // A 304 too: nginx takes the new lifetime of its copy from the answer to its revalidation.
  if ((res.statusCode !== 200 && res.statusCode !== 304) || !url || url.includes('?')) return null;
  if (res.getHeader('x-nextjs-cache') === undefined) return null;
  if (res.getHeader('cache-control') !== PUBLIC_PAGE_CACHE_CONTROL) return null;
  const untilRefresh = Math.ceil((nextRefreshAt + AFTER_REFRESH_MS - now) / 1000);
  return Math.max(1, Math.min(MAX_KEEP_SECONDS, untilRefresh));
}
