import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startNginx, type RunningNginx } from '../deploy/nginx';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * `FAULTS_CACHE_IN_FRONT=1` (npm run test:faults:cache-in-front): every fault test again with nginx and the
 * shipped configuration (tests/deploy/nginx.ts) in front. nginx takes the test's port, so `base` is nginx; the
 * app listens 100 above it, nginx's purge server 200 above it.
 */
export const CACHE_IN_FRONT = process.env.FAULTS_CACHE_IN_FRONT === '1';
const APP_PORT_OFFSET = 100;
const PURGE_PORT_OFFSET = 200;

/** nginx in front, by port: a test that kills its app and starts another on the same port keeps its nginx. */
const running = new Map<number, { nginx: RunningNginx; appPort: number; dataDir: string }>();
process.once('exit', () => {
  for (const { nginx } of running.values()) nginx.kill();
});

async function cacheInFront(port: number, appPort: number, dataDir: string): Promise<RunningNginx> {
  const kept = running.get(port);
  if (kept && kept.appPort === appPort && kept.dataDir === dataDir) return kept.nginx;
  if (kept) await kept.nginx.stop();
  const nginx = await startNginx({
    port,
    purgePort: port + PURGE_PORT_OFFSET,
    appPorts: [appPort],
    dataDir,
    dir: path.join(ROOT, 'tmp', 'faults-nginx', String(port)),
  });
  running.set(port, { nginx, appPort, dataDir });
  return nginx;
}

export type RunningServer = {
  base: string;
  dbFile: string;
  child: ChildProcess;
  /** Everything the server printed so far, stdout and stderr. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops the app and, with the cache in front, nginx. */
  stop: () => Promise<void>;
  /** The app's own address, behind nginx when the cache is in front (else `base`). */
  appBase: string;
};

/** A fresh folder for one test's database under tmp/faults/. */
export function freshDbFile(name: string): string {
  const dir = path.join(ROOT, 'tmp', 'faults', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, 'pressline.db');
}

/**
 * Starts `scripts/start.ts` as one Node process (no tsx wrapper process, so a signal reaches the
 * server itself) on its own port and database, and resolves once it answers.
 */
export async function startServer({
  port,
  dbFile,
  env = {},
}: {
  port: number;
  dbFile: string;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const appPort = CACHE_IN_FRONT ? port + APP_PORT_OFFSET : port;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(appPort),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${dbFile}`,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PRESSLINE_DEMO: '1',
      REQUEST_RATE_LIMIT: '0',
      REQUEST_MIN_FILL_MS: '0',
      SMTP_URL: '',
      // As deployed (deploy/systemd): the app trusts nginx's X-Forwarded-For and tells it what each write changed.
      ...(CACHE_IN_FRONT
        ? { TRUST_PROXY: '1', CACHE_PURGE_URLS: `http://127.0.0.1:${port + PURGE_PORT_OFFSET}/purge` }
        : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const appBase = `http://127.0.0.1:${appPort}`;
  const deadline = Date.now() + 60_000;
  let ready = false;
  while (!ready) {
    if (child.exitCode !== null) throw new Error(`The server exited during start:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The server did not start within 60 s:\n${output}`);
    ready =
      output.includes('Pressline is ready') &&
      (await fetch(`${appBase}/api/health`).then(
        () => true,
        () => false,
      ));
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  const nginx = CACHE_IN_FRONT ? await cacheInFront(port, appPort, path.dirname(dbFile)) : null;
  const stop = async () => {
    if (nginx) {
      running.delete(port);
      await nginx.stop();
    }
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  return { base: nginx?.base ?? appBase, appBase, dbFile, child, output: () => output, exited, stop };
}
