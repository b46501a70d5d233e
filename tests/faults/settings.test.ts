import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { freshDbFile, ROOT } from './server';

/** `npm start`'s entry point with one bad setting: it must stop before opening anything, naming the variable. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '3638',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${freshDbFile('settings')}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // A regression starts the server instead: stop it as soon as it says so, rather than at the timeout.
  child.stdout!.on('data', (d) => {
    output += d;
    if (output.includes('Pressline is ready')) child.kill('SIGTERM');
  });
  child.stderr!.on('data', (d) => (output += d));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

it.each([
  ['REQUEST_RATE_LIMIT', 'unlimited'],
  ['REQUEST_MIN_FILL_MS', ''],
  ['OUTBOX_ALERT_AFTER_MS', 'NaN'],
  ['PRESSLINE_INTERNAL_TOKEN', 'short'],
])('a server given %s=%j does not start, and says which setting is wrong', async (name, value) => {
  const { code, output } = await start({ [name]: value });
  expect(code).toBe(1);
  expect(output).toContain('Pressline cannot start with these settings');
  expect(output).toMatch(new RegExp(`- ${name} `));
  expect(output).not.toContain('Pressline is ready');
});

it('outside demo mode a short BETTER_AUTH_SECRET stops the start too', async () => {
  const { code, output } = await start({ PRESSLINE_DEMO: '0', BETTER_AUTH_SECRET: 'hunter2' });
  expect(code).toBe(1);
  expect(output).toMatch(/- BETTER_AUTH_SECRET must be at least 32 characters/);
});
