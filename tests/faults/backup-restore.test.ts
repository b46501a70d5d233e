import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sendRequest } from './form-post';
import { freshDbFile, ROOT, startServer, type RunningServer } from './server';

const PORT = 3619;
const PAGE = '/cities/geneva';
const running: RunningServer[] = [];
afterAll(async () => {
  for (const s of running) await s.stop();
});

async function confirmedToken(base: string, email: string) {
  const sent = await sendRequest(base, PAGE, email);
  if (sent.status !== 303) throw new Error(`not confirmed: ${JSON.stringify(sent).slice(0, 300)}`);
  return /request-status\/([\w-]+)/.exec(sent.location!)![1]!;
}

it('README restore: back up a running server, stop it, restore the copy into a new path, start on it: the data is there', async () => {
  const liveDb = freshDbFile('backup-live');
  const live = await startServer({ port: PORT, dbFile: liveDb });
  running.push(live);
  const before = await confirmedToken(live.base, 'before-backup@newsroom.example.org');

  // Step 1 of the README: `npm run db:backup -- <file>` while the server runs.
  const backupFile = path.join(path.dirname(liveDb), 'backups', 'pressline-backup.db');
  const backup = spawnSync('npm', ['run', '--silent', 'db:backup', '--', backupFile], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${liveDb}` },
    encoding: 'utf8',
  });
  expect(backup.status, backup.stderr).toBe(0);
  expect(JSON.parse(backup.stdout)).toMatchObject({ interviewRequests: 1 });
  const after = await confirmedToken(live.base, 'after-backup@newsroom.example.org');
  await live.stop();
  expect((await live.exited).code).toBe(0);

  // Restore as the README says: copy the backup to where DATABASE_URL points (no -wal/-shm beside it), start.
  const restoredDb = freshDbFile('backup-restored');
  fs.copyFileSync(backupFile, restoredDb);
  const restored = await startServer({ port: PORT, dbFile: restoredDb, env: { PRESSLINE_DEMO: '0' } });
  running.push(restored);
  const kept = await fetch(`${restored.base}/request-status/${before}`);
  expect(kept.status).toBe(200);
  expect(await kept.text()).toContain('Heatwave response');
  // Made after the backup, so not in it: proves the server runs on the restored copy.
  expect((await fetch(`${restored.base}/request-status/${after}`)).status).toBe(404);
  expect((await fetch(`${restored.base}/cities/geneva`)).status).toBe(200);
});
