/**
 * Next marks every page it caches (ISR, `revalidate = false`) `s-maxage=31536000`: a CDN
 * in front would keep a page for a year after an officer's edit, since revalidatePath only
 * clears our own cache. Public cached pages instead say: browsers check every time, shared
 * caches may serve one copy for a second and must then ask again (a 304 with Next's ETag),
 * so an edit reaches everyone within a second and a burst of visits still reaches us once a second.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, must-revalidate';

/** The header to send instead of Next's, or Next's own when it is not a cached page's. */
export function sharedCacheControl(value: string | number | readonly string[] | undefined): typeof value {
  if (typeof value !== 'string') return value;
  const directives = value.toLowerCase().split(',').map((d) => d.trim());
  // Hashed build assets stay immutable; private, no-store and dynamic answers stay as they are.
  if (!directives.some((d) => d.startsWith('s-maxage='))) return value;
  if (directives.some((d) => d === 'immutable' || d === 'private' || d === 'no-store')) return value;
  return PUBLIC_PAGE_CACHE_CONTROL;
}
