import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('scripts/import-release.ts with a web page', { timeout: 30_000 }, () => {
  it('reads the page, decodes both protected addresses and keeps stdout to the one JSON contract', () => {
    const { status, stdout, stderr } = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/import-release.ts', '--json', 'fixtures/releases/example-lima-2022-03-14.html'],
      {
        cwd: repo,
        encoding: 'utf8',
      },
    );
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['title', 'date', 'dateline', 'contacts', 'warnings']);
    expect(parsed).toMatchObject({
      title: 'Volunteers restore water to hillside districts',
      date: '2022-03-14',
      dateline: ['Lima'],
    });
    expect(parsed.contacts.map((c: { name: string; emails: string[] }) => [c.name, c.emails])).toEqual([
      ['Lucía Quispe', ['lucia.quispe@example.org']],
      ['Mateo Huamán', ['mateo.huaman@example.org']],
    ]);
    expect(parsed.warnings).toEqual([
      expect.stringContaining('lucia.quispe@example.org was recovered from the page'),
      expect.stringContaining('mateo.huaman@example.org was recovered from the page'),
    ]);
    expect(stdout).not.toContain('protected]');
  });
});
