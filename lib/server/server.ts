import crypto from 'node:crypto';
import http, { type ServerResponse } from 'node:http';
import { once } from 'node:events';
import compression from 'compression';
import next from 'next';
import { getDb } from '@/db';
import { waitForWriteLock } from '@/db/write-lock';
import { config } from '@/lib/config';
import { sharedCacheControl } from '@/lib/http/cache-control';
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '@/lib/http/client-address';
import { contentSecurityPolicy, securityHeaders } from '@/lib/http/csp';
import { REQUEST_ID_HEADER, takeFlaggedStatus } from '@/lib/http/unavailable';
import { applyCompressedCache } from './compressed-cache';
import { dropForwardedHeaders, FOREIGN_ORIGIN_MESSAGE, isForeignOrigin, restoreWithheldOrigin } from './edge-headers';
import { applyEtag } from './etag';
import { applyContentSecurityPolicy } from './html-csp';
import { PageCache } from './page-cache';
import { applyNotFoundPage } from './not-found-shell';
import { followPublicChanges } from './public-changes';
import { refuseMalformed } from './refuse-malformed';
import { logEvent, logRequest, loggablePath } from './request-log';

type Options = { port: number; hostname: string };

/** A request flagged by the app (lib/http/unavailable.ts: database locked, forged action fields) gets that status. */
function applyFlaggedStatus(res: ServerResponse, id: string) {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  (res as unknown as { writeHead: typeof writeHead }).writeHead = (status, ...rest) => {
    const flagged = takeFlaggedStatus(id);
    if (!flagged) return writeHead(status, ...rest);
    if (flagged === 503) res.setHeader('Retry-After', '5');
    res.setHeader('Cache-Control', 'no-store');
    return writeHead(flagged, ...rest);
  };
}

/**
 * Next sets Cache-Control itself for cached pages (a config header would not replace it),
 * so the header is rewritten as the response starts: see lib/http/cache-control.ts.
 */
function letSharedCachesRevalidate(res: http.ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    const given = this.getHeader('cache-control');
    const wanted = sharedCacheControl(given);
    if (wanted !== given && wanted !== undefined) this.setHeader('Cache-Control', wanted);
    return writeHead.apply(this, args);
  } as typeof writeHead;
}

/** Methods that change something: each waits here for the database's write lock (db/write-lock.ts). */
const isWrite = (method: string | undefined) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/**
 * Lets a write through once the write lock is free, or once it has waited SQLITE_BUSY_TIMEOUT_MS
 * (the app then fails to take it at once and answers 503 with Retry-After). Reads never wait.
 */
function afterWriteLock(method: string | undefined, go: () => void) {
  if (!isWrite(method)) return go();
  waitForWriteLock(getDb().$client, config().SQLITE_BUSY_TIMEOUT_MS).then(go, (error: unknown) => {
    logEvent('error', 'could not check the write lock', { error: String(error) });
    go();
  });
}

function refuse(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(`${text}\n`);
}

/**
 * Next.js behind a plain Node server: we own the socket, so we can drain it on SIGTERM, log every
 * request, set headers that depend on the response (the CSP's script hashes), and clear Next's page
 * cache at start (pages cached by an earlier run may predate changes made while the server was down).
 */
export async function startServer({ port, hostname }: Options) {
  const settings = config();
  process.env.PRESSLINE_INTERNAL_TOKEN ??= crypto.randomBytes(32).toString('hex');
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const https = (settings.PUBLIC_URL ?? '').startsWith('https:');
  const headers = securityHeaders({ https });
  const policy = (hashes: string[]) => contentSecurityPolicy(hashes, { https });
  const compress = compression();
  const trustProxy = settings.TRUST_PROXY === '1';
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  // Off with PRESSLINE_PAGE_CACHE=0 (to measure Next's own cache hits): lib/server/page-cache.ts.
  const pageCache = settings.PRESSLINE_PAGE_CACHE === '0' ? null : new PageCache({ maxBytes: 16 * 1024 * 1024 });
  // The app's writes reach it through globalThis: Next loads the app's modules separately from this file.
  (globalThis as { __presslinePageCache?: { invalidate: () => void } }).__presslinePageCache = pageCache ?? undefined;

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const id = crypto.randomUUID();
    req.headers[REQUEST_ID_HEADER] = id; // ours, never the client's
    dropForwardedHeaders(req.headers, trustProxy);
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      trustProxy,
    );
    res.setHeader('X-Request-Id', id);
    for (const [key, value] of headers) res.setHeader(key, value);
    if (closing) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      takeFlaggedStatus(id);
      const line = {
        id,
        method: req.method ?? '',
        path: loggablePath(req.url),
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      };
      logRequest(res.writableFinished ? line : { ...line, aborted: true });
      if (closing) server.closeIdleConnections();
    });
    if (refuseMalformed(req, res)) return;
    // Next answers a Server Action from another origin (or Origin: null) with a 500.
    restoreWithheldOrigin(req.headers, trustProxy);
    if (isWrite(req.method) && isForeignOrigin(req.headers, trustProxy))
      return refuse(res, 403, FOREIGN_ORIGIN_MESSAGE);
    if (pageCache?.serve(req, res)) return;
    if (pageCache && req.method !== 'GET' && req.method !== 'HEAD') {
      // A write drops the kept pages as it calls revalidatePath; clear again once it has finished,
      // in case Next applied its own invalidation only at the end (a page kept in between would be old).
      const before = pageCache.invalidations;
      res.once('close', () => {
        if (pageCache.invalidations !== before) pageCache.clear();
      });
    }
    pageCache?.record(req, res); // below compression: it keeps the bytes as sent
    compress(req as never, res as never, () => {
      applyFlaggedStatus(res, id);
      letSharedCachesRevalidate(res);
      applyCompressedCache(req, res); // inside the CSP and ETag layers: it needs the ETag, sends the final bytes
      applyContentSecurityPolicy(res, policy, req.method);
      applyEtag(req, res); // after the CSP layer, which remembers script hashes by ETag
      afterWriteLock(req.method, () => {
        applyNotFoundPage(req, res); // nearest to Next: every layer above sees the page that is sent
        void handle(req, res);
      });
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname);
  await once(server, 'listening');

  // Next's revalidatePath needs a request of Next's own, hence this call to ourselves.
  const dropCaches = async () => {
    pageCache?.invalidate();
    const purge = await fetch(`http://${hostname}:${port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${process.env.PRESSLINE_INTERNAL_TOKEN}` },
    });
    if (!purge.ok) throw new Error(`Could not clear the page cache: HTTP ${purge.status}`);
  };
  await dropCaches();
  // Other processes on the same database (deploy/): their public writes empty our caches too.
  const publicChanges = followPublicChanges({ dropCaches });

  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logEvent('info', 'shutting down', { signal, inFlight: inFlight.size });
    // Requests already running finish; their connections close after the response instead of idling.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.close(async () => {
      try {
        publicChanges.stop();
        const hook = (globalThis as { __presslineShutdown?: () => Promise<void> }).__presslineShutdown;
        await hook?.();
        logEvent('info', 'stopped', { signal });
        process.exit(0);
      } catch (error) {
        logEvent('error', 'shutdown failed', { error: String(error) });
        process.exit(1);
      }
    });
    server.closeIdleConnections();
    // Whatever is still running after 10 s is abandoned rather than holding the deploy.
    setTimeout(() => {
      logEvent('error', 'shutdown timed out', { inFlight: inFlight.size });
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  logEvent('info', `Pressline is ready on http://${hostname}:${port}`, { port });
  return server;
}
