import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'import-release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(join(repo, 'node_modules/.bin/tsx'), ['scripts/import-release.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
}

function release(text: string): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  return file;
}

// Each run starts tsx afresh, which takes a while on a busy machine.
describe('scripts/import-release.ts', { timeout: 30_000 }, () => {
  const file = release(
    'A clinic opens\n\nGeneva, 6 December 2021 – Text.\n\nMedia contacts:\nIn Geneva: Jane Doe, +41 79 555 01 23, [email\u00a0protected]\n',
  );

  it('prints exactly one JSON object with --json, keys in order', () => {
    const { status, stdout, stderr } = run('--json', file);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['title', 'date', 'dateline', 'contacts', 'warnings']);
    expect(parsed).toMatchObject({ title: 'A clinic opens', date: '2021-12-06', contacts: [{ name: 'Jane Doe' }] });
  });

  it('prints a summary for people without --json', () => {
    const { status, stdout } = run(file);
    expect(status).toBe(0);
    expect(stdout).toContain('Jane Doe, Geneva');
    expect(stdout).toContain('phone: +41 79 555 01 23 → +41795550123');
    expect(stdout).toContain('E-mail hidden for Jane Doe');
  });

  it('fails with a clear message for a file it cannot read', () => {
    const { status, stdout, stderr } = run('--json', join(dir, 'missing.txt'));
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toContain(`Cannot read ${join(dir, 'missing.txt')}: no such file`);
  });

  it('--save stores a draft in the database named by DATABASE_URL and keeps stdout to one JSON object', () => {
    const db = join(dir, 'save.db');
    const env = { ...process.env, DATABASE_URL: `file:${db}` };
    // Jane Doe is new, and is filed under Geneva, which the demo data knows.
    const seed = spawnSync(
      join(repo, 'node_modules/.bin/tsx'),
      [
        '-e',
        `import { openDatabase } from './db'; import { seedDemoData } from './db/seed'; seedDemoData(openDatabase(${JSON.stringify(db)}));`,
      ],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(seed.stderr).toBe('');
    const { status, stdout, stderr } = spawnSync(
      join(repo, 'node_modules/.bin/tsx'),
      ['scripts/import-release.ts', '--json', '--save', file],
      { cwd: repo, encoding: 'utf8', env },
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: 'A clinic opens' });
    expect(stderr).toContain('Saved draft "a-clinic-opens"');
    const check = spawnSync(
      'node',
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(db)});console.log(JSON.stringify(d.prepare("select r.status, c.full_name, c.active from releases r join release_contacts rc on rc.release_id=r.id join contacts c on c.id=rc.contact_id where r.slug = 'a-clinic-opens'").all()))`,
      ],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(JSON.parse(check.stdout)).toEqual([{ status: 'draft', full_name: 'Jane Doe', active: 0 }]);
  });
});
