import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type BackupResult = { file: string; bytes: number; interviewRequests: number };

/**
 * Copies a live database with SQLite's online backup API (better-sqlite3's `db.backup()`):
 * the server keeps writing meanwhile and the copy is one consistent snapshot. The copy is
 * written beside the target, checked, and only then renamed over it.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  const file = path.resolve(target);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial);
  } finally {
    db.close();
  }
  const copy = new Database(partial, { readonly: true });
  let interviewRequests: number;
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup failed its integrity check: ${String(check)}`);
    interviewRequests = (copy.prepare('select count(*) as n from interview_requests').get() as { n: number }).n;
  } finally {
    copy.close();
  }
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, interviewRequests };
}
