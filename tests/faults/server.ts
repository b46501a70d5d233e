import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export type RunningServer = {
  base: string;
  dbFile: string;
  child: ChildProcess;
  /** Everything the server printed so far, stdout and stderr. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${dbFile}`,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PRESSLINE_DEMO: '1',
      REQUEST_RATE_LIMIT: '0',
      REQUEST_MIN_FILL_MS: '0',
      SMTP_URL: '',
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
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let ready = false;
  while (!ready) {
    if (child.exitCode !== null) throw new Error(`The server exited during start:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The server did not start within 60 s:\n${output}`);
    ready =
      output.includes('Pressline is ready') &&
      (await fetch(`${base}/api/health`).then(
        () => true,
        () => false,
      ));
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  return { base, dbFile, child, output: () => output, exited, stop };
}
