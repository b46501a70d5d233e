/**
 * Issue #17's "the city page through the cache ≥ 0.8× nginx serving the same bytes from a file", measured so that
 * the two lines can be compared (bench/README.md, "Why the nginx ratio moved"):
 *
 * - the same bytes: the file is the body nginx's cache sends to the load generator, and the file's answer is padded
 *   with a header to the cache answer's size (the app's security headers, ETag, Age…), so both send as many bytes;
 * - interleaved: six rounds, file and cache alternating (ABBA…), so that the machine's other work, which moves
 *   requests/s by ±3× here between two 10-second runs, falls on both alike;
 * - nginx's own CPU time per request (its one worker, from /proc), which does not depend on how fast the load
 *   generator is, and the load generator's CPU time (this process): near 100 % of a core, it is the limit, not nginx.
 *
 * Run alone: `npm run bench:nginx` (its own app server on a fresh demo database).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { childrenOf, cpuSecondsOf } from './app-server';
import { CONNECTIONS, formatLine, run, SECONDS, summarize, WARM_UP_SECONDS, type Measurement } from './load';
import { startNginx, type RunningNginx } from '../tests/deploy/nginx';

const ROUNDS = 6;

/** The whole answer as sent (status line, headers, body) to a GET with no Accept-Encoding, as autocannon asks. */
async function rawAnswer(port: number, pathname: string): Promise<Buffer> {
  const socket = net.connect(port, '127.0.0.1');
  // write, not end: nginx drops a proxied request whose client has half-closed.
  socket.write(`GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const bodyOf = (answer: Buffer) => answer.subarray(answer.indexOf('\r\n\r\n') + 4);

type Pair = { page: Measurement; prerendered: Measurement };

export async function measureNginxPair(o: {
  appPort: number;
  databaseFile: string;
  nginxPort: number;
  filePort: number;
  purgePort: number;
  scratch: string;
  /** How many bytes of padding the file's answer gets (found by a first start). */
  pad?: number;
}): Promise<Pair> {
  const start = (pad: number) =>
    startNginx({
      port: o.nginxPort,
      purgePort: o.purgePort,
      appPorts: [o.appPort],
      dataDir: path.dirname(o.databaseFile),
      dir: path.join(o.scratch, 'nginx'),
      extraServers: `server {
    listen 127.0.0.1:${o.filePort};
    root ${o.scratch};
    location / {
      default_type text/html;
      ${pad > 0 ? `add_header X-Pad "${'x'.repeat(pad)}";` : ''}
      try_files /city.html =404;
    }
  }`,
    });
  // First start: the cache's answer (a HIT), its body as the file, then the size difference as padding.
  let nginx: RunningNginx = await start(0);
  let pad = 0;
  try {
    await rawAnswer(o.nginxPort, '/cities/moscow');
    const cached = await rawAnswer(o.nginxPort, '/cities/moscow');
    if (!cached.includes('X-Cache: HIT'))
      throw new Error(
        `nginx did not answer /cities/moscow from its cache:\n${cached.subarray(0, cached.indexOf('\r\n\r\n'))}`,
      );
    fs.writeFileSync(path.join(o.scratch, 'city.html'), bodyOf(cached));
    const file = await rawAnswer(o.filePort, '/');
    // "X-Pad: " and its CRLF are 9 bytes of the padding.
    pad = Math.max(0, cached.length - file.length - 9);
  } finally {
    await nginx.stop();
  }
  nginx = await start(pad);
  try {
    const cachedSize = (await rawAnswer(o.nginxPort, '/cities/moscow')).length;
    const fileSize = (await rawAnswer(o.filePort, '/')).length;
    const master = Number(fs.readFileSync(path.join(nginx.dir, 'nginx.pid'), 'utf8'));
    const workers = childrenOf(master);
    const nginxCpu = () => workers.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
    const targets = {
      file: { name: '(5) nginx, the city page bytes from a file', url: `http://127.0.0.1:${o.filePort}/` },
      cache: { name: '(5) nginx cache in front, /cities/moscow', url: `http://127.0.0.1:${o.nginxPort}/cities/moscow` },
    };
    const ok = { expect: (s: number) => s === 200 };
    for (const t of Object.values(targets)) await run({ ...t, ...ok }, { duration: WARM_UP_SECONDS });
    const seconds = Math.max(2, Math.round((2 * SECONDS) / ROUNDS));
    const totals = {
      file: { answered: 0, duration: 0, nginxCpu: 0, loadCpu: 0, p50: [] as number[], p99: 0, errors: 0 },
      cache: { answered: 0, duration: 0, nginxCpu: 0, loadCpu: 0, p50: [] as number[], p99: 0, errors: 0 },
    };
    for (let round = 0; round < ROUNDS; round++) {
      // ABBA: file, cache, cache, file, file, cache.
      const order: (keyof typeof targets)[] = round % 2 === 0 ? ['file', 'cache'] : ['cache', 'file'];
      for (const key of order) {
        const cpuBefore = nginxCpu();
        const loadBefore = process.cpuUsage();
        const m = summarize({ ...targets[key], ...ok }, await run({ ...targets[key], ...ok }, { duration: seconds }));
        const load = process.cpuUsage(loadBefore);
        const t = totals[key];
        t.answered += m.total;
        t.duration += seconds;
        t.nginxCpu += nginxCpu() - cpuBefore;
        t.loadCpu += (load.user + load.system) / 1e6;
        t.p50.push(m.p50);
        t.p99 = Math.max(t.p99, m.p99);
        t.errors += m.errors;
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const result = (key: keyof typeof targets): Measurement => {
      const t = totals[key];
      return {
        name: targets[key].name,
        rps: t.answered / t.duration,
        p50: median(t.p50),
        p99: t.p99,
        errors: t.errors,
        statusCounts: {},
        total: t.answered,
        // nginx's worker, not the app: the app is not asked while the cache holds the page.
        cpuMsPerRequest: (1000 * t.nginxCpu) / t.answered,
      };
    };
    const file = result('file');
    const cache = result('cache');
    const busy = (key: keyof typeof targets) => `${((100 * totals[key].loadCpu) / totals[key].duration).toFixed(0)} %`;
    console.log(
      `(5) ${ROUNDS} rounds of ${seconds} s, file and cache alternating, ${CONNECTIONS} connections; answers of ` +
        `${fileSize} and ${cachedSize} bytes; the load generator busy ${busy('file')} and ${busy('cache')} of a core`,
    );
    console.log(formatLine(file, null, '  (cpu: nginx’s worker)'));
    console.log(
      formatLine(
        cache,
        null,
        `  ${((100 * cache.rps) / file.rps).toFixed(0)}% of nginx's file, ` +
          `${((100 * file.cpuMsPerRequest!) / cache.cpuMsPerRequest!).toFixed(0)}% by nginx's CPU per request`,
      ),
    );
    return { page: cache, prerendered: file };
  } catch (error) {
    console.error(`nginx's log:\n${nginx.errors().slice(-3000)}`);
    throw error;
  } finally {
    await nginx.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const os = await import('node:os');
  const { buildIfNeeded, startAppServer } = await import('./app-server');
  const port = Number(process.env.BENCH_PORT ?? 3512);
  buildIfNeeded();
  const app = await startAppServer(port, { CACHE_PURGE_URLS: `http://127.0.0.1:${port + 6}/purge` });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-bench-nginx-'));
  let failed = false;
  try {
    const pair = await measureNginxPair({
      appPort: port,
      databaseFile: app.databaseFile,
      nginxPort: port + 4,
      filePort: port + 5,
      purgePort: port + 6,
      scratch,
    });
    failed = pair.page.errors + pair.prerendered.errors > 0 || pair.page.rps < 0.8 * pair.prerendered.rps;
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    await app.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
