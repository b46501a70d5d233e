import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { backupDatabase } from './backup';
import { openDatabase } from '..';
import { seedDemoData } from '../seed';

it('copies a database that another connection is writing to, WAL contents included', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-'));
  const live = openDatabase(path.join(dir, 'live.db'));
  seedDemoData(live);
  // Still in the WAL, not yet checkpointed into the main file: the backup must include it.
  live.$client.prepare("update cities set name = 'Genève' where slug = 'geneva'").run();
  const result = await backupDatabase(path.join(dir, 'live.db'), path.join(dir, 'out', 'copy.db'));
  live.$client.prepare("update cities set name = 'after the backup' where slug = 'geneva'").run();
  live.$client.close();

  expect(fs.existsSync(path.join(dir, 'out', 'copy.db.partial'))).toBe(false);
  const copy = new Database(result.file, { readonly: true });
  expect(copy.prepare("select name from cities where slug = 'geneva'").pluck().get()).toBe('Genève');
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  copy.close();
});

it('refuses a database that does not exist instead of creating an empty one', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-'));
  await expect(backupDatabase(path.join(dir, 'missing.db'), path.join(dir, 'copy.db'))).rejects.toThrow(/No database/);
  expect(fs.existsSync(path.join(dir, 'missing.db'))).toBe(false);
});
