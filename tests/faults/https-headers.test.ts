import { afterAll, expect, it } from 'vitest';
import { freshDbFile, startServer, type RunningServer } from './server';

let server: RunningServer | null = null;
afterAll(() => server?.stop());

it('behind https (PUBLIC_URL), every response carries HSTS and the policy upgrades insecure requests', async () => {
  server = await startServer({
    port: 3615,
    dbFile: freshDbFile('https-headers'),
    env: { PUBLIC_URL: 'https://press.example.org' },
  });
  for (const path of ['/', '/cities/geneva', '/api/health', '/no-such-page']) {
    const res = await fetch(`${server.base}${path}`);
    expect(res.headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{8,}/);
    expect(res.headers.get('content-security-policy'), path).toContain('upgrade-insecure-requests');
  }
});
