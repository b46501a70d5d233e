/**
 * The machine's limit: a bare Node `http` server answering every request with the
 * bytes and headers Next sent for a page. Run as its own process (like the app server)
 * so it does not share an event loop with the load generator.
 *
 *   tsx bench/bare-server.ts <snapshot.json> <port>
 */
import fs from 'node:fs';
import http from 'node:http';
import { spawn } from 'node:child_process';
import path from 'node:path';

export type Snapshot = { status: number; headers: [string, string][]; body: string /* base64 */ };

// Set by Node itself or about this connection, not about the page.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

export async function snapshotOf(url: string): Promise<Snapshot> {
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  const headers = [...response.headers].filter(([name]) => !HOP_BY_HOP.has(name));
  return { status: response.status, headers, body: body.toString('base64') };
}

function serve(file: string, port: number) {
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const body = Buffer.from(snapshot.body, 'base64');
  const headers = [...snapshot.headers, ['content-length', String(body.length)]];
  const server = http.createServer((_req, res) => {
    res.writeHead(snapshot.status, Object.fromEntries(headers));
    res.end(body);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1', () => console.log('bare server ready'));
  process.on('SIGTERM', () => process.exit(0));
}

/** Starts the bare server in a child process; resolves once it listens. */
export async function startBareServer(snapshot: Snapshot, port: number, dir: string) {
  const file = path.join(dir, 'snapshot.json');
  fs.writeFileSync(file, JSON.stringify(snapshot));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'bare-server.ts'), file, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  const exited = new Promise((r) => child.once('exit', r));
  return {
    url: `http://127.0.0.1:${port}/cities/moscow`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const [, script, file, port] = process.argv;
if (script === import.meta.filename && file && port) serve(file, Number(port));
