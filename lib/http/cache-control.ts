/**
 * Next marks every page it caches (ISR, `revalidate = false`) `s-maxage=31536000`: a cache in front
 * would keep a page for a year after an officer's edit, since revalidatePath only clears our own caches.
 * Public cached pages instead say: browsers check every time; shared caches (deploy/nginx, a CDN) may serve
 * one copy for a second and must then ask again (a 304 by ETag), so an edit reaches everyone within a
 * second or two and a burst of visits still reaches us about once a second; and while no app process
 * answers, they may keep serving the last copy for a day (`stale-if-error`). No `must-revalidate`: it
 * forbids exactly that stale copy. No `stale-while-revalidate`: it would add its window to every edit's delay.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-if-error=86400';

/** The header to send instead of Next's, or Next's own when it is not a cached page's. */
export function sharedCacheControl(value: string | number | readonly string[] | undefined): typeof value {
  if (typeof value !== 'string') return value;
  const directives = value
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  // Hashed build assets stay immutable; private, no-store and dynamic answers stay as they are.
  if (!directives.some((d) => d.startsWith('s-maxage='))) return value;
  if (directives.some((d) => d === 'immutable' || d === 'private' || d === 'no-store')) return value;
  return PUBLIC_PAGE_CACHE_CONTROL;
}
