import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { config } from '@/lib/config';
import * as schema from './schema';
import { ATTEMPT_BUSY_MS } from './write-lock';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** `DATABASE_URL` is `file:<path>`; a relative path is taken from the project folder. */
export function databasePath(url = config().DATABASE_URL): string {
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must look like file:<path>, got "${url}"`);
  }
  const file = url.slice('file:'.length);
  if (file === ':memory:') return file;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

/** `next build` imports page modules: it gets an empty in-memory database and never touches data/. */
function isBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/**
 * `locks: 'wait'` (scripts, tests): a write meeting another writer's lock blocks for up to
 * SQLITE_BUSY_TIMEOUT_MS, which is fine where nothing else runs. The server's connection uses
 * `'poll'`: a write blocks a few milliseconds at most and longer waits happen in db/write-lock.ts,
 * without stopping the event loop.
 */
export function openDatabase(file: string, { locks = 'wait' }: { locks?: 'wait' | 'poll' } = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  // FULL: an interview request the journalist was told about survives a power cut, not only a crash.
  client.pragma('synchronous = FULL');
  client.pragma(`busy_timeout = ${locks === 'poll' ? ATTEMPT_BUSY_MS : config().SQLITE_BUSY_TIMEOUT_MS}`);
  client.pragma('foreign_keys = ON');
  const db = drizzle(client, { schema }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

/**
 * A transaction that reads before it writes. It takes the write lock at BEGIN, so a commit by
 * another connection in between (a script, a backup, a second server) makes it wait for the busy
 * timeout instead of failing at once with SQLITE_BUSY_SNAPSHOT, as a deferred transaction would.
 * In the server that timeout is short: requests have already waited for the lock, asynchronously,
 * before they reach the app (lib/server/server.ts), and one that still meets it answers 503.
 */
export function writeTransaction<T>(db: Db, write: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => T): T {
  return db.transaction(write, { behavior: 'immediate' });
}

// One connection per process, kept on globalThis so Next's separate module graphs share it.
const holder = globalThis as unknown as { __presslineDb?: Db };

export function getDb(): Db {
  holder.__presslineDb ??= openDatabase(isBuild() ? ':memory:' : databasePath(), { locks: 'poll' });
  return holder.__presslineDb;
}

export function closeDb(): void {
  holder.__presslineDb?.$client.close();
  holder.__presslineDb = undefined;
}
