import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { ROOT } from './server';

/** A second process that takes the write lock (BEGIN IMMEDIATE), writes, holds it for `ms`, then rolls back. */
export async function holdWriteLock(dbFile: string, ms: number) {
  const holder = spawn(
    process.execPath,
    [
      '-e',
      `const db = new (require('better-sqlite3'))(process.env.LOCK_DB);
      db.exec('BEGIN IMMEDIATE');
      db.prepare("insert into rate_limit_hits (key, at) values ('lock-holder', 0)").run();
      setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, ${ms});`,
    ],
    { cwd: ROOT, env: { ...process.env, LOCK_DB: dbFile }, stdio: 'inherit' },
  );
  const released = new Promise<number | null>((resolve) => holder.once('exit', resolve));
  // Locked once a writer of our own is refused at once.
  const probe = new Database(dbFile);
  probe.pragma('busy_timeout = 0');
  for (let locked = false; !locked;) {
    if (holder.exitCode !== null) throw new Error(`lock holder exited early (${holder.exitCode})`);
    try {
      probe.exec('BEGIN IMMEDIATE');
      probe.exec('ROLLBACK');
      await new Promise((r) => setTimeout(r, 10));
    } catch {
      locked = true;
    }
  }
  probe.close();
  return { released };
}
