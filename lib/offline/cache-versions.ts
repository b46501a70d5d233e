/**
 * Kept pages are stored per build: a page refers to its build's scripts, and after a deploy those
 * are gone from the server (and from the precache), so a page kept under an earlier build must not be
 * served by a later one. The new worker fetches the same pages again while it installs (the old one
 * still answers meanwhile), then deletes every earlier build's cache when it activates.
 */
export const PAGES_CACHE_PREFIX = 'pressline-pages-';

export const pagesCacheName = (buildId: string) => `${PAGES_CACHE_PREFIX}${buildId}`;

/** Caches of pages kept by earlier builds, newest name order irrelevant: all of them go. */
export function outdatedPageCaches(cacheNames: readonly string[], buildId: string): string[] {
  return cacheNames.filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== pagesCacheName(buildId));
}

/** The URLs to fetch afresh for this build: every page an earlier build kept, once, in order. */
export function pagesToCarryOver(keptByOlderBuilds: readonly (readonly string[])[]): string[] {
  return [...new Set(keptByOlderBuilds.flat())];
}
