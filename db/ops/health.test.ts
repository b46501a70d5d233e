import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHealth, expectedMigrations } from './health';
import { openDatabase } from '..';
import { enqueueMail } from './outbox';
import { outboxMessages } from '../schema';

function folderWithExtraMigration() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-'));
  fs.mkdirSync(path.join(folder, 'meta'));
  const entries = [
    ...expectedMigrations(),
    { idx: 99, version: '6', when: Date.now(), tag: '0099_future', breakpoints: true },
  ];
  fs.writeFileSync(
    path.join(folder, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'sqlite', entries }),
  );
  return folder;
}

describe('checkHealth', () => {
  it('is healthy on a migrated database with nothing waiting', () => {
    const db = openDatabase(':memory:');
    const health = checkHealth(() => db);
    expect(health).toMatchObject({
      ok: true,
      database: 'ok',
      migrations: { current: true, missing: [] },
      outbox: { pending: 0, oldestPendingAgeSeconds: null },
    });
    expect(health.migrations?.applied).toBe(expectedMigrations().length);
  });

  it('reports a migration the code expects but the database lacks', () => {
    const db = openDatabase(':memory:');
    const health = checkHealth(() => db, { folder: folderWithExtraMigration() });
    expect(health.ok).toBe(false);
    expect(health.migrations).toMatchObject({ current: false, missing: ['0099_future'] });
  });

  it('counts the backlog, and an old unsent message is unhealthy only when SMTP is configured', () => {
    const db = openDatabase(':memory:');
    enqueueMail(db, [{ kind: 'test', to: 'a@example.org', subject: 's', text: 't' }]);
    db.update(outboxMessages)
      .set({ createdAt: new Date(Date.now() - 3_600_000) })
      .run();
    enqueueMail(db, [{ kind: 'test', to: 'b@example.org', subject: 's', text: 't' }]);
    const withSmtp = checkHealth(() => db, { smtpConfigured: true, outboxMaxAgeMs: 30 * 60_000 });
    expect(withSmtp.ok).toBe(false);
    expect(withSmtp.outbox).toMatchObject({ pending: 2, stale: true });
    expect(withSmtp.outbox?.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(3600);
    expect(checkHealth(() => db, { smtpConfigured: false }).ok).toBe(true);
  });

  it('is degraded, still serving, while another process holds the write lock', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'health-lock-')), 'db.sqlite');
    const db = openDatabase(file, { locks: 'poll' });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    expect(checkHealth(() => db)).toMatchObject({
      status: 'degraded',
      ok: true,
      writes: { lockFree: false, waiting: 0 },
    });
    other.exec('ROLLBACK');
    expect(checkHealth(() => db)).toMatchObject({ status: 'ok', ok: true, writes: { lockFree: true, waiting: 0 } });
    other.close();
  });

  it('is unhealthy when the database cannot be opened', () => {
    const health = checkHealth(() => openDatabase(path.join(os.tmpdir(), 'no-such-dir-\0', 'x.db')));
    expect(health).toMatchObject({ ok: false, database: 'unreachable' });
  });
});
