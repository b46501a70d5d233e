import Database from 'better-sqlite3';
import path from 'node:path';
import { databasePath } from '@/db';
import { watchPublicVersion } from '@/db/ops/public-version';
import { logEvent } from './request-log';
import { writeOfflinePage } from './offline-page';

type Options = {
  /** Drops this process's caches (the server's page cache and Next's): called after another process's public write. */
  dropCaches: () => Promise<void>;
  intervalMs?: number;
};

/**
 * Several processes on one database (deploy/): when any of them makes a public write, every other one drops
 * what it keeps in memory within `intervalMs`, and the page the cache in front shows while no process answers
 * (the press desks and duty lines, `offline-desks.html` beside the database) is written again.
 * Its own connection, so that the app's writes in this process are seen too (data_version counts other connections).
 */
export function followPublicChanges({ dropCaches, intervalMs = 100 }: Options) {
  const file = databasePath();
  if (file === ':memory:') return { stop: () => {} };
  const client = new Database(file);
  client.pragma('busy_timeout = 1000');
  const dir = path.dirname(file);
  const writePage = () => {
    try {
      writeOfflinePage(client, dir);
    } catch (error) {
      logEvent('error', 'could not write the offline page', { error: String(error) });
    }
  };
  writePage();
  let running: Promise<void> | null = null;
  let again = false;
  const onChange = () => {
    // One drop at a time; a change seen during one is followed by one more.
    if (running) {
      again = true;
      return;
    }
    running = dropCaches()
      .catch((error) => logEvent('error', 'could not drop the caches after a public write', { error: String(error) }))
      .then(() => {
        writePage();
        running = null;
        if (again) {
          again = false;
          onChange();
        }
      });
  };
  const watch = watchPublicVersion(client, onChange, { intervalMs });
  return {
    stop: () => {
      watch.stop();
      client.close();
    },
  };
}
