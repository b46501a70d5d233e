import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { flagResponse, isDatabaseBusy, isMalformedActionPayload, onFlaggedResponse } from './unavailable';

it("recognises SQLite's real busy error, also when wrapped, and nothing else", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'busy-')), 'x.db');
  const holder = new Database(file);
  holder.pragma('journal_mode = WAL');
  holder.exec('create table t (x)');
  const other = new Database(file);
  other.pragma('busy_timeout = 0');
  holder.exec('begin immediate');
  let busy: unknown;
  try {
    other.exec('begin immediate');
  } catch (error) {
    busy = error;
  }
  holder.exec('rollback');
  expect(isDatabaseBusy(busy)).toBe(true);
  expect(isDatabaseBusy(new Error('query failed', { cause: busy }))).toBe(true);
  expect(isDatabaseBusy(new Error('SQLITE_BUSY in a message only'))).toBe(false);
  expect(isDatabaseBusy(Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(false);
  expect(isDatabaseBusy(null)).toBe(false);
});

it('a flag reaches the server as it is raised, for its own request only', () => {
  const seen: [string, number][] = [];
  const stop = onFlaggedResponse((id, status) => seen.push([id, status]));
  flagResponse('a', 503);
  flagResponse(null, 400);
  stop();
  flagResponse('b', 413);
  expect(seen).toEqual([['a', 503]]);
});

it('recognises a tampered action payload only by the errors decoding throws', () => {
  let parseError: unknown;
  try {
    JSON.parse('not json');
  } catch (error) {
    parseError = error;
  }
  expect(isMalformedActionPayload(parseError)).toBe(true);
  expect(isMalformedActionPayload(new Error('Connection closed.'))).toBe(true);
  expect(isMalformedActionPayload(new TypeError('a.get is not a function'))).toBe(false);
  expect(isMalformedActionPayload('Connection closed.')).toBe(false);
});
