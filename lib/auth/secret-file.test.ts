import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSecretFile, writePrivateFile } from './secret-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-secret-'));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ensureSecretFile', () => {
  it('makes a long secret once, readable by its owner only, and keeps it', () => {
    const file = path.join(dir, 'data', 'auth-secret');
    const first = ensureSecretFile(file);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureSecretFile(file)).toBe(first);
  });

  it('tightens a file left world-readable and refuses a short one', () => {
    const file = path.join(dir, 'loose');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, 'x'.repeat(40), { mode: 0o644 });
    expect(ensureSecretFile(file)).toBe('x'.repeat(40));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.writeFileSync(file, 'short');
    expect(() => ensureSecretFile(file)).toThrow(/shorter than 32/);
  });
});

describe('writePrivateFile', () => {
  it('replaces the text and keeps mode 600', () => {
    const file = path.join(dir, 'demo-credentials.txt');
    writePrivateFile(file, 'one');
    writePrivateFile(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
