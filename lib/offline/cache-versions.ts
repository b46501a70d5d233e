/**
 * What the worker keeps is stored per build: a kept page refers to its build's scripts, and after a
 * deploy those are gone from the server, so neither a page nor a script kept under an earlier build
 * may be served by a later one. The new worker fetches the same pages again while it installs (the old
 * one still answers meanwhile), then deletes every earlier build's caches when it activates.
 */
const PAGES_PREFIX = 'pressline-pages-';
const ASSETS_PREFIX = 'pressline-assets-';

export const pagesCacheName = (buildId: string) => `${PAGES_PREFIX}${buildId}`;
/** The build's scripts and styles that kept pages use (their names carry their hash: kept as they are). */
export const assetsCacheName = (buildId: string) => `${ASSETS_PREFIX}${buildId}`;

/** Caches of earlier builds (pages and assets), to delete once this build's worker is active. */
export function outdatedCaches(cacheNames: readonly string[], buildId: string): string[] {
  const current = [pagesCacheName(buildId), assetsCacheName(buildId)];
  return cacheNames.filter(
    (name) => (name.startsWith(PAGES_PREFIX) || name.startsWith(ASSETS_PREFIX)) && !current.includes(name),
  );
}

/** The earlier builds' page caches, whose URLs this build fetches afresh. */
export const outdatedPageCaches = (cacheNames: readonly string[], buildId: string) =>
  outdatedCaches(cacheNames, buildId).filter((name) => name.startsWith(PAGES_PREFIX));

/** The URLs to fetch afresh for this build: every page an earlier build kept, once, in order. */
export function pagesToCarryOver(keptByOlderBuilds: readonly (readonly string[])[]): string[] {
  return [...new Set(keptByOlderBuilds.flat())];
}

/**
 * At most this many pages and vCards on a phone (a city page with its people is about 10; each is 30–60 kB):
 * a journalist who opens release after release does not fill the phone.
 */
export const MAX_KEPT_PAGES = 300;

/** The copies to delete to stay within `max`: the ones fetched longest ago. */
export function oldestBeyond(kept: readonly { url: string; storedAt: number }[], max = MAX_KEPT_PAGES): string[] {
  if (kept.length <= max) return [];
  return [...kept]
    .sort((a, b) => a.storedAt - b.storedAt)
    .slice(0, kept.length - max)
    .map((k) => k.url);
}
