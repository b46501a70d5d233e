import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { onGroupCommit, writeInGroup } from './group-commit';
import { openDatabase } from './';

function freshDb() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pl-gc-')), 'db.sqlite');
  const db = openDatabase(file);
  db.run(sql`create table notes (id integer primary key, text text not null unique)`);
  return { db, file };
}

const insert = (text: string) => (tx: Parameters<Parameters<typeof writeInGroup>[1]>[0]) =>
  tx.run(sql`insert into notes (text) values (${text})`).lastInsertRowid;

describe('writeInGroup', () => {
  it('commits writes made together in one transaction, and answers only once they are on disk', async () => {
    const { db, file } = freshDb();
    const groups: number[] = [];
    onGroupCommit(db, (size) => groups.push(size));
    const other = new Database(file, { readonly: true });
    const ids = await Promise.all(
      ['a', 'b', 'c'].map((t) =>
        writeInGroup(db, insert(t)).then((id) => {
          // Whoever is told "stored" can already read it from another connection.
          expect(other.prepare('select text from notes where id = ?').get(id)).toEqual({ text: t });
          return id;
        }),
      ),
    );
    expect(ids).toEqual([1, 2, 3]);
    expect(groups).toEqual([3]);
    await writeInGroup(db, insert('d'));
    expect(groups).toEqual([3, 1]);
    other.close();
  });

  it('rolls back only the write that failed and tells only its caller', async () => {
    const { db } = freshDb();
    const results = await Promise.allSettled([
      writeInGroup(db, insert('x')),
      writeInGroup(db, insert('x')),
      writeInGroup(db, insert('y')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ cause: { code: 'SQLITE_CONSTRAINT_UNIQUE' } });
    expect(db.all(sql`select text from notes order by id`)).toEqual([{ text: 'x' }, { text: 'y' }]);
  });

  it('tells every caller when the commit itself cannot happen (the lock stays taken past the limit)', async () => {
    process.env.SQLITE_BUSY_TIMEOUT_MS = '100';
    const { db, file } = freshDb();
    const locker = new Database(file);
    locker.pragma('busy_timeout = 0');
    db.$client.pragma('busy_timeout = 0');
    locker.exec('begin immediate');
    const results = await Promise.allSettled([writeInGroup(db, insert('p')), writeInGroup(db, insert('q'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    locker.exec('rollback');
    expect(db.all(sql`select text from notes`)).toEqual([]);
    locker.close();
    delete process.env.SQLITE_BUSY_TIMEOUT_MS;
  });
});
