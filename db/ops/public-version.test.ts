import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bumpPublicVersion, notePublicWrite, publicVersion, watchPublicVersion } from './public-version';

const open: Database.Database[] = [];
function twoConnections() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'public-version-')), 'db.sqlite');
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.exec('create table t (x)');
  const reader = new Database(file);
  open.push(writer, reader);
  return { writer, reader };
}

afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

describe('the public write counter', () => {
  it('is seen by another connection, and only when it changed', () => {
    const { writer, reader } = twoConnections();
    const seen: number[] = [];
    const watch = watchPublicVersion(reader, () => seen.push(publicVersion(reader)), { intervalMs: 60_000 });
    expect(watch.check()).toBe(false);
    // An ordinary commit (an interview request, a session) changes data_version but not the counter.
    writer.prepare('insert into t values (1)').run();
    expect(watch.check()).toBe(false);
    bumpPublicVersion(writer);
    expect(watch.check()).toBe(true);
    expect(seen).toEqual([1]);
    expect(watch.check()).toBe(false);
    bumpPublicVersion(writer);
    bumpPublicVersion(writer);
    expect(watch.check()).toBe(true);
    expect(seen).toEqual([1, 3]);
    watch.stop();
  });

  it('is counted later when another writer holds the lock, without throwing', async () => {
    const { writer, reader } = twoConnections();
    reader.pragma('busy_timeout = 0');
    writer.exec('begin immediate');
    notePublicWrite(reader, { retryMs: 20, attempts: 20 });
    expect(publicVersion(writer)).toBe(0);
    writer.exec('commit');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(publicVersion(writer)).toBe(1);
  });
});
