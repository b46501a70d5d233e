import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();

export type AppServer = {
  url: string;
  databaseFile: string;
  /** VmRSS of the server process and of everything it started, in MiB */
  rss: () => { server: number; tree: number };
  /** CPU time (user + system) the server process has used so far, in seconds */
  cpuSeconds: () => number;
  /** null while running; how it ended otherwise (a crash, or something else stopping it) */
  ended: () => string | null;
  stop: () => Promise<void>;
};

/** `next build` once, as `npm start` would, but loudly and before any timing starts. */
export function buildIfNeeded() {
  if (fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log('No production build yet: running next build…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
}

function vmRssMiB(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
export function cpuSecondsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // Field 4 of /proc/<pid>/stat is the parent; the name in field 2 may contain spaces.
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function tree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(tree)];
}

/**
 * The production server exactly as `npm start` runs it, on a fresh temporary database
 * with the demo data. The spawned node process is "the server" (tsx's esbuild service is its child).
 */
export async function startAppServer(port: number, extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-bench-'));
  const databaseFile = path.join(dir, 'pressline.db');
  const url = `http://127.0.0.1:${port}`;
  // Exactly `npm start`'s command (its Node flags included), without npm's wrapper process.
  const [command, ...args] = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }
  ).scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is expected to run node, not ${command}`);
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${databaseFile}`,
      PRESSLINE_DEMO: '1',
      PUBLIC_URL: url,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // A load test is one client sending far faster than a person: raised by configuration, as documented.
      REQUEST_RATE_LIMIT: '0',
      REQUEST_MIN_FILL_MS: '0',
      ...extraEnv,
    },
  });
  // The server logs a JSON line per request: keep only the tail, for when it fails.
  let log = '';
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let ended: string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = signal ? `killed by ${signal}` : `exited with status ${code}`;
      resolve();
    }),
  );

  const deadline = Date.now() + 120_000;
  while (!log.includes('Pressline is ready')) {
    if (child.exitCode !== null) throw new Error(`The server exited at start:\n${log}`);
    if (Date.now() > deadline) throw new Error(`The server did not start in 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const serverPid = () => child.pid!;
  return {
    url,
    databaseFile,
    ended: () => (ended ? `${ended}; its last output:\n${log.slice(-2000)}` : null),
    rss: () => ({ server: vmRssMiB(serverPid()), tree: tree(child.pid!).reduce((sum, pid) => sum + vmRssMiB(pid), 0) }),
    cpuSeconds: () => cpuSecondsOf(serverPid()),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
