import crypto from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import compression from 'compression';
import next from 'next';
import { getDb } from '@/db';
import { startAvailabilityRefresh } from '@/db/ops/availability-refresh';
import { publicVersion } from '@/db/ops/public-version';
import { waitForWriteLock } from '@/db/write-lock';
import { config } from '@/lib/config';
import { sharedCacheControl } from '@/lib/http/cache-control';
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '@/lib/http/client-address';
import { contentSecurityPolicy, securityHeaders } from '@/lib/http/csp';
import { type FlaggedStatus, onFlaggedResponse, REQUEST_ID_HEADER } from '@/lib/http/unavailable';
import { dropForwardedHeaders, FOREIGN_ORIGIN_MESSAGE, isForeignOrigin, restoreWithheldOrigin } from './edge-headers';
import { applyContentSecurityPolicy } from './html-csp';
import { KEEP_HEADER, keepInFrontSeconds } from './keep-in-front';
import { applyNotFoundPage } from './not-found-shell';
import { PageCache } from './page-cache';
import { followPublicChanges } from './public-changes';
import { refuseMalformed } from './refuse-malformed';
import { logEvent, logRequest, loggablePath } from './request-log';
import { runShutdownTasks } from './shutdown';

type Options = { port: number; hostname: string };

/** One step in front of Next: it answers itself, or calls `next()` to hand the request on. */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Runs the steps in order; the last one's `next()` is Next's own handler. */
function chain(steps: Middleware[], last: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const run = (i: number): void => (i === steps.length ? last(req, res) : steps[i]!(req, res, () => run(i + 1)));
    run(0);
  };
}

/** Methods that change something: each waits for the database's write lock (db/write-lock.ts). */
const isWrite = (method: string | undefined) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

function refuse(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(`${text}\n`);
}

/** Changes headers as the response starts, once Next has set its own. */
function onWriteHead(res: ServerResponse, change: (res: ServerResponse) => number | void) {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  (res as unknown as { writeHead: typeof writeHead }).writeHead = (status, ...rest) =>
    writeHead(change(res) ?? status, ...rest);
}

/**
 * Next.js behind a plain Node server: we own the socket, so we can drain it on SIGTERM, log every
 * request, set what depends on the response (the CSP's script hashes, a flagged status), and keep a copy
 * of Next's cache hits for `npm start` with nothing in front (decision 0075). ETags and 304s are Next's.
 */
export async function startServer({ port, hostname }: Options) {
  const settings = config();
  process.env.PRESSLINE_INTERNAL_TOKEN ??= crypto.randomBytes(32).toString('hex');
  // Next names itself `localhost` in the URL it gives proxy.ts; given the same name here, a rewrite there (a
  // language, the release lists) stays inside this process instead of being fetched again over HTTP.
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const https = (settings.PUBLIC_URL ?? '').startsWith('https:');
  const headers = securityHeaders({ https });
  const policy = (hashes: string[]) => contentSecurityPolicy(hashes, { https });
  const compress = compression() as unknown as Middleware;
  const trustProxy = settings.TRUST_PROXY === '1';
  const purging = settings.CACHE_PURGE_URLS.length > 0;
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  // Off with PRESSLINE_PAGE_CACHE=0 (to measure Next's own path): lib/server/page-cache.ts.
  const pageCache = settings.PRESSLINE_PAGE_CACHE === '0' ? null : new PageCache({ maxBytes: 16 * 1024 * 1024 });
  // Public writes count themselves in the database header (db/ops/public-version.ts): a change since the
  // last look empties the page cache, whichever process wrote.
  let seenVersion = publicVersion(getDb().$client);
  const dropPagesIfPublicWrite = () => {
    const now = publicVersion(getDb().$client);
    if (now === seenVersion) return;
    seenVersion = now;
    pageCache?.invalidate();
  };
  // Statuses the app raised for the requests being answered (lib/http/unavailable.ts), by request id.
  const flags = new Map<string, FlaggedStatus>();
  const stopFlags = onFlaggedResponse((id, status) => void flags.set(id, status));
  // Set below, once Next is listening: when the next change of anyone's availability is due.
  let nextRefreshAt = () => Date.now();

  // In this order: each step sees the request as the one before left it, and wraps the response
  // for the steps after it (the CSP reads the HTML before compression compresses it).
  const steps: Middleware[] = [
    // Our request id (never the client's), the client's address, the security headers, one log line.
    (req, res, next) => {
      const started = performance.now();
      const id = crypto.randomUUID();
      // As asked: Next rewrites req.url in place (/cities/x becomes /en/cities/x, /releases?city= a list route).
      const path = loggablePath(req.url);
      req.headers[REQUEST_ID_HEADER] = id;
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
      // A 404 for an unknown slug of a cached page is Next's internal proxy to /_not-found piped into this
      // response: with its abort controllers, the proxy and the pipe, Next adds nine `close` listeners, ours
      // (this log line, `compression`) make eleven. One of each, none leaked: Node's warning at 10 is about
      // emitters that live long, and a response lives for one request.
      res.setMaxListeners(16);
      res.once('close', () => {
        inFlight.delete(res);
        flags.delete(id);
        const line = { id, method: req.method ?? '', path, status: res.statusCode };
        const ms = Math.round(performance.now() - started);
        logRequest(res.writableFinished ? { ...line, ms } : { ...line, ms, aborted: true });
        if (closing) server.closeIdleConnections();
      });
      next();
    },
    // How long nginx may keep this answer (keep-in-front.ts). Early in the list, so its hook runs last, on the
    // headers as every step below has left them, and also on the page cache's answers.
    // Only when the app purges (CACHE_PURGE_URLS): an nginx nobody purges keeps the app's one second.
    (req, res, next) => {
      if (!purging) return next();
      // The URL nginx keys its copy by, before Next rewrites req.url (a query string would be gone by then).
      const url = req.url;
      onWriteHead(res, () => {
        const seconds = keepInFrontSeconds(url, res, { now: Date.now(), nextRefreshAt: nextRefreshAt() });
        if (seconds === null) res.removeHeader(KEEP_HEADER);
        else res.setHeader(KEEP_HEADER, String(seconds));
      });
      next();
    },
    // What Next would turn into a 500: undecodable paths, bodies over 256 kB.
    (req, res, next) => void (refuseMalformed(req, res) || next()),
    // Next answers a Server Action from another origin (or Origin: null) with a 500. A same-origin post from a
    // no-referrer page (the status page) has its origin put back first (edge-headers.ts).
    (req, res, next) => {
      restoreWithheldOrigin(req.headers, trustProxy);
      return isWrite(req.method) && isForeignOrigin(req.headers, trustProxy)
        ? refuse(res, 403, FOREIGN_ORIGIN_MESSAGE)
        : next();
    },
    // Next's last cache hit for this page, sent again without entering Next (decision 0008).
    (req, res, next) => {
      if (!pageCache) return next();
      if (pageCache.serve(req, res)) return;
      if (isWrite(req.method)) {
        // A public write has bumped the counter by the time its answer starts; Next may apply its own
        // invalidation only as the request ends, so a write drops the pages again then (an answer begun in
        // between is never kept: the page cache's generations).
        const before = publicVersion(getDb().$client);
        onWriteHead(res, dropPagesIfPublicWrite);
        res.once('finish', () => {
          if (publicVersion(getDb().$client) !== before) pageCache.invalidate();
        });
      }
      pageCache.record(req, res); // below compression: it keeps the bytes as sent
      next();
    },
    compress,
    // A request the app flagged (lib/http/unavailable.ts: database locked, forged action fields) gets that status.
    (req, res, next) => {
      const id = String(req.headers[REQUEST_ID_HEADER]);
      onWriteHead(res, () => {
        const flagged = flags.get(id);
        if (!flagged) return;
        if (flagged === 503) res.setHeader('Retry-After', '5');
        res.setHeader('Cache-Control', 'no-store');
        return flagged;
      });
      next();
    },
    // Next says a year for cached pages (a config header would not replace it): lib/http/cache-control.ts.
    (_req, res, next) => {
      onWriteHead(res, () => {
        const given = res.getHeader('cache-control');
        const wanted = sharedCacheControl(given);
        if (wanted !== given && wanted !== undefined) res.setHeader('Cache-Control', wanted);
      });
      next();
    },
    (req, res, next) => (applyContentSecurityPolicy(res, policy, req.method), next()),
    // Nearest to Next: the steps above see the Not found page that is sent, not Next's empty shell.
    (req, res, next) => (applyNotFoundPage(req, res), next()),
    // A write waits for the write lock, or SQLITE_BUSY_TIMEOUT_MS (the app then answers 503). Reads never wait.
    (req, _res, next) => {
      if (!isWrite(req.method)) return next();
      waitForWriteLock(getDb().$client, settings.SQLITE_BUSY_TIMEOUT_MS).then(next, (error: unknown) => {
        logEvent('error', 'could not check the write lock', { error: String(error) });
        next();
      });
    },
  ];

  const server = http.createServer(chain(steps, (req, res) => void handle(req, res)));
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
  // Pages cached by an earlier run may predate changes made while the server was down.
  await dropCaches();
  // Other processes on the same database (deploy/): their public writes empty our caches too.
  const publicChanges = followPublicChanges({ dropCaches });
  // Pages carry each person's status in their HTML: made again a second after anyone's changes.
  const availability = startAvailabilityRefresh(getDb, dropCaches);
  nextRefreshAt = availability.nextRefreshAt;

  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logEvent('info', 'shutting down', { signal, inFlight: inFlight.size });
    // Requests already running finish; their connections close after the response instead of idling.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.close(async () => {
      try {
        publicChanges.stop();
        availability.stop();
        stopFlags();
        await runShutdownTasks();
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
