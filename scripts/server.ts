import crypto from 'node:crypto';
import http from 'node:http';
import { once } from 'node:events';
import next from 'next';
import { sharedCacheControl } from '@/lib/cache-control';
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '@/lib/client-address';

type Options = { port: number; hostname: string };

/**
 * Next sets Cache-Control itself for cached pages (a config header would not replace it),
 * so the header is rewritten as the response starts: see lib/cache-control.ts.
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

/**
 * Next.js behind a plain Node server: we own the socket, so we can drain it on
 * SIGTERM and clear Next's page cache at start (pages cached by an earlier run may
 * predate changes made while the server was down).
 */
export async function startServer({ port, hostname }: Options) {
  process.env.PRESSLINE_INTERNAL_TOKEN ??= crypto.randomBytes(32).toString('hex');
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const trustProxy = process.env.TRUST_PROXY === '1';
  const server = http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
    letSharedCachesRevalidate(res);
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname);
  await once(server, 'listening');

  const purge = await fetch(`http://${hostname}:${port}/api/internal/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.PRESSLINE_INTERNAL_TOKEN}` },
  });
  if (!purge.ok) throw new Error(`Could not clear the page cache at start: HTTP ${purge.status}`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing requests in flight, then stopping.`);
    server.close(async () => {
      const hook = (globalThis as { __presslineShutdown?: () => Promise<void> }).__presslineShutdown;
      await hook?.();
      process.exit(0);
    });
    server.closeIdleConnections();
    // Whatever is still running after 10 s is abandoned rather than holding the deploy.
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  console.log(`Pressline is ready on http://${hostname}:${port}`);
  return server;
}
