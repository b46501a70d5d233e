/// <reference lib="webworker" />
/**
 * The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) into /serwist/sw.js.
 * It keeps the public directory a journalist has opened (lib/offline/storable.ts) and nothing else;
 * why it fetches the network first and marks every kept copy: docs/decisions/0080-offline-directory.md.
 */
import { CacheFirst, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import {
  assetsCacheName,
  oldestBeyond,
  outdatedCaches,
  outdatedPageCaches,
  pagesCacheName,
  pagesToCarryOver,
} from './cache-versions';
import { offlinePageHtml } from './offline-page';
import { offlineLocaleOf } from './offline-words';
import {
  offlineNoteText,
  PLACE_HEADER,
  STORED_AT_HEADER,
  withOfflineNote,
  withVCardNote,
  ZONE_HEADER,
  zoneOf,
} from './offline-note';
import {
  isAssetPath,
  isCityPath,
  isStorableResponse,
  isStorableUrl,
  isVCardPath,
  linkedDirectoryPaths,
  pageAssetPaths,
} from './storable';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };
/** Next's build id, put in by the route that bundles this file: each deploy gets a worker of its own. */
declare const __PRESSLINE_BUILD_ID__: string;

const PAGES = pagesCacheName(__PRESSLINE_BUILD_ID__);
const ASSETS = assetsCacheName(__PRESSLINE_BUILD_ID__);
/** On a saturated cell the kept copy is shown after this long, and the answer still refreshes it when it comes. */
const NETWORK_TIMEOUT_SECONDS = 4;

type Where = { zone: string; place: string } | null;

/** The answer as kept: decoded body, when it was fetched, and the city's zone to state that time in. */
async function stamped(response: Response, where: Where = null): Promise<Response> {
  const body = await response.text();
  const headers = new Headers(response.headers);
  // The body is decoded text now: the stored sizes and encodings no longer describe it.
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set(STORED_AT_HEADER, String(Date.now()));
  const zone = zoneOf(body) ?? where;
  if (zone) {
    headers.set(ZONE_HEADER, zone.zone);
    headers.set(PLACE_HEADER, encodeURIComponent(zone.place));
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function whereOf(response: Response): Where {
  const zone = response.headers.get(ZONE_HEADER);
  const place = response.headers.get(PLACE_HEADER);
  return zone && place ? { zone, place: decodeURIComponent(place) } : null;
}

/** A kept copy as served with no network: saying, on the page or in the card, how old it is. */
async function markedOffline(kept: Response, url: string): Promise<Response> {
  const storedAt = new Date(Number(kept.headers.get(STORED_AT_HEADER)));
  const locale = offlineLocaleOf(url);
  const note = offlineNoteText(storedAt, whereOf(kept), new Date(), locale);
  const body = await kept.text();
  const vcard = (kept.headers.get('content-type') ?? '').startsWith('text/vcard');
  return new Response(vcard ? withVCardNote(body, note) : withOfflineNote(body, note, locale), {
    status: kept.status,
    statusText: kept.statusText,
    headers: kept.headers,
  });
}

/**
 * Fetches one directory URL and keeps it with the scripts it runs; a city page brings its contact pages
 * and their vCards along.
 */
async function keep(url: string, where: Where = null): Promise<boolean> {
  const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
  if (!isStorableResponse(response)) return false;
  const stored = await stamped(response, where);
  await (await caches.open(PAGES)).put(url, stored.clone());
  await afterKept(url, stored);
  return true;
}

async function afterKept(url: string, stored: Response) {
  const html = (stored.headers.get('content-type') ?? '').startsWith('text/html') ? await stored.clone().text() : '';
  await keepAssets(html);
  if (isCityPath(new URL(url).pathname)) await keepLinked(stored);
  await trimPages();
}

/** Deletes the copies fetched longest ago once more than MAX_KEPT_PAGES are kept. */
async function trimPages() {
  const cache = await caches.open(PAGES);
  const requests = await cache.keys();
  const kept = await Promise.all(
    requests.map(async (r) => ({
      url: r.url,
      storedAt: Number((await cache.match(r, { ignoreVary: true }))?.headers.get(STORED_AT_HEADER) ?? 0),
    })),
  );
  for (const url of oldestBeyond(kept)) await cache.delete(url, { ignoreVary: true });
}

/** The build's files a kept page names and the phone does not have yet (their names change with their content). */
async function keepAssets(html: string) {
  const cache = await caches.open(ASSETS);
  await Promise.allSettled(
    pageAssetPaths(html).map(async (path) => {
      if (await cache.match(path)) return;
      const response = await fetch(path);
      if (response.ok) await cache.put(path, response);
    }),
  );
}

async function keepLinked(cityPage: Response) {
  const where = whereOf(cityPage);
  const paths = linkedDirectoryPaths(await cityPage.text());
  await Promise.allSettled(
    paths.map((path) => keep(new URL(path, self.location.origin).href, isVCardPath(path) ? where : null)),
  );
}

const keeping: SerwistPlugin = {
  cacheWillUpdate: async ({ request, response, event }) => {
    if (!isStorableResponse(response)) return null;
    const stored = await stamped(response);
    event?.waitUntil(afterKept(request.url, stored.clone()));
    return stored;
  },
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
    cachedResponse ? markedOffline(cachedResponse, request.url) : null,
  // Pressline down (a 502 or 503 from the proxy in front): the kept copy beats the error page, when there is one.
  fetchDidSucceed: async ({ request, response }) => {
    if (response.status >= 500 && (await caches.match(request, { cacheName: PAGES, ignoreVary: true })))
      throw new Error(`Pressline answered ${response.status}`);
    return response;
  },
};

/** With no network and no kept copy: a page that says so and lists what is kept, instead of the browser's error. */
async function offlineIndex(url: string): Promise<Response> {
  const cache = await caches.open(PAGES);
  const kept = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (isVCardPath(path)) continue;
    const page = await cache.match(request);
    const title = /<title>([^<]*)<\/title>/.exec((await page?.text()) ?? '')?.[1] ?? path;
    kept.push({ path, title });
  }
  return new Response(offlinePageHtml(kept, offlineLocaleOf(url)), {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    },
  });
}

const serwist = new Serwist({
  // Only the app's icons: scripts are kept with the pages that use them (keepAssets), not the whole build.
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new deploy's worker takes over at once; its first act is to drop the earlier build's pages (below).
  skipWaiting: true,
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url }) =>
        request.method === 'GET' &&
        !request.headers.has('rsc') &&
        isStorableUrl(url, self.location.origin) &&
        (request.mode === 'navigate' || isVCardPath(url.pathname)),
      handler: new NetworkFirst({
        cacheName: PAGES,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        // Only HTML and vCards are kept here (never RSC payloads), so the Vary on rsc headers does not matter.
        matchOptions: { ignoreVary: true },
        plugins: [keeping],
      }),
    },
    {
      matcher: ({ request, url }) =>
        request.method === 'GET' && url.origin === self.location.origin && isAssetPath(url.pathname),
      handler: new CacheFirst({
        cacheName: ASSETS,
        plugins: [{ cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) }],
      }),
    },
    // Staff pages, status links, search…: always the network, never kept.
    { matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() },
  ],
});

serwist.setCatchHandler(async ({ request }) =>
  request.mode === 'navigate' ? offlineIndex(request.url) : Response.error(),
);

self.addEventListener('install', (event) => {
  // The pages an earlier build kept, fetched afresh for this one while the old worker still answers.
  event.waitUntil(
    (async () => {
      const older = outdatedPageCaches(await caches.keys(), __PRESSLINE_BUILD_ID__);
      const kept = await Promise.all(
        older.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
      );
      await Promise.allSettled(pagesToCarryOver(kept).map((url) => keep(url)));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of outdatedCaches(await caches.keys(), __PRESSLINE_BUILD_ID__)) await caches.delete(name);
    })(),
  );
});

/**
 * "Keep Moscow on this phone" (components/keep-city-button.tsx), and the page that was open when the
 * worker first started (components/service-worker.tsx): that page, and for a city what it links to.
 */
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; path?: unknown } | null;
  if (data?.type !== 'keep' || typeof data.path !== 'string') return;
  const reply = (message: { kept: boolean }) => event.ports[0]?.postMessage(message);
  const url = new URL(data.path, self.location.origin);
  if (!isStorableUrl(url, self.location.origin)) return reply({ kept: false });
  event.waitUntil(
    keep(url.href).then(
      (kept) => reply({ kept }),
      () => reply({ kept: false }),
    ),
  );
});

serwist.addEventListeners();
