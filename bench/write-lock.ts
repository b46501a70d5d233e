/**
 * `npx tsx bench/write-lock.ts`: how long Node's event loop stalls while another process holds
 * SQLite's write lock for 2 s and ten writes arrive, for the three ways of waiting for it
 * (docs/decisions/0020), and what a write costs on a worker thread instead of the main one.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { openDatabase, writeTransaction } from '@/db';
import { waitForWriteLock } from '@/db/write-lock';
import { sql } from 'drizzle-orm';

const LOCK_MS = 2_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lock-'));

function freshFile(name: string) {
  const file = path.join(dir, `${name}.db`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('create table notes (id integer primary key, text text not null)');
  db.close();
  return file;
}

/** Another process holds BEGIN IMMEDIATE for LOCK_MS; resolves once it has the lock. */
async function holdLock(file: string) {
  const child = spawn(process.execPath, [
    '-e',
    `const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked'); setTimeout(() => db.exec('ROLLBACK'), ${LOCK_MS});`,
  ]);
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return { released: new Promise<void>((resolve) => child.once('exit', () => resolve())) };
}

async function stallDuringLock(name: string, write: (file: string) => Promise<unknown>, file = freshFile(name)) {
  const { released } = await holdLock(file);
  // A 1 ms ticker: the longest gap between two ticks is the longest the event loop was blocked.
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: 10 }, () => write(file)));
  await released;
  clearInterval(ticker);
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  console.log(
    `${name.padEnd(38)} longest event-loop block ${worst.toFixed(0).padStart(5)} ms; ` +
      `${ok}/10 writes stored after ${(performance.now() - started).toFixed(0)} ms`,
  );
}

const insert = (db: ReturnType<typeof openDatabase>) =>
  writeTransaction(db, (tx) => tx.run(sql`insert into notes (text) values ('x')`));

// (a) What the app did: busy_timeout = 5000, the write blocks the thread until the lock goes.
const blocking = openDatabase(freshFile('a'));
await stallDuringLock('(a) busy_timeout 5000 (blocking)', async () => insert(blocking), path.join(dir, 'a.db'));
// (b) What it does now: busy_timeout of a few ms, waiting for the lock asynchronously.
const polled = openDatabase(freshFile('b'), { locks: 'poll' });
await stallDuringLock(
  '(b) 5 ms timeout + async wait (chosen)',
  async () => {
    await waitForWriteLock(polled.$client, 5_000);
    return insert(polled);
  },
  path.join(dir, 'b.db'),
);

// (c) A worker thread owning the connection: no stall, but what does each write cost?
const workerSource = `const { parentPort, workerData } = require('node:worker_threads');
  const db = new (require('better-sqlite3'))(workerData);
  db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL'); db.pragma('busy_timeout = 5000');
  const stmt = db.prepare("insert into notes (text) values ('x')");
  parentPort.on('message', (id) => { db.transaction(() => stmt.run()).immediate(); parentPort.postMessage(id); });`;
const file = freshFile('worker');
const worker = new Worker(workerSource, { eval: true, workerData: file });
const call = (() => {
  const waiting = new Map<number, () => void>();
  worker.on('message', (id: number) => waiting.get(id)?.());
  let next = 0;
  return () =>
    new Promise<void>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage(id);
    });
})();
const N = 300;
const main = openDatabase(freshFile('main'));
let t = performance.now();
for (let i = 0; i < N; i++) insert(main);
const mainMs = (performance.now() - t) / N;
t = performance.now();
for (let i = 0; i < N; i++) await call();
const workerMs = (performance.now() - t) / N;
console.log(
  `one write, synchronous = FULL, uncontended: main thread ${mainMs.toFixed(2)} ms, worker thread ${workerMs.toFixed(2)} ms (round trip included)`,
);
await stallDuringLock('(c) worker thread, busy_timeout 5000', () => call(), file);
await worker.terminate();
fs.rmSync(dir, { recursive: true, force: true });
