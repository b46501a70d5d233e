import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PASSWORD_RESET_BUSY_MESSAGE, SIGN_IN_BUSY_MESSAGE } from '@/lib/http/unavailable';
import { FOREIGN_ORIGIN_MESSAGE } from '@/lib/server/edge-headers';
import { multipart } from './form-post';
import { queryAll } from './invariants';
import { CACHE_IN_FRONT, freshDbFile, startServer, type RunningServer } from './server';
import { holdWriteLock } from './lock-holder';

/**
 * Sign-in and password-reset throttling, the session cookie and the Server Actions' origin check,
 * through the running app: forms posted the way a browser without JavaScript posts them.
 */
let server: RunningServer | null = null;
afterEach(() => server?.stop());

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');

/** The hidden fields (React's `$ACTION_…`) of the page's form that has a field called `field`. */
async function actionForm(base: string, page: string, field: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}${page}`)).text();
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)]
    .map((m) => m[0])
    .find((f) => f.includes(`name="${field}"`));
  if (!form) throw new Error(`No form with a ${field} field on ${page}`);
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(tag)?.[1] ?? '')]);
  }
  return fields;
}

async function post(base: string, page: string, fields: [string, string][], headers: Record<string, string> = {}) {
  if (headers.host) return postAsHost(`${base}${page}`, fields, headers);
  const res = await fetch(`${base}${page}`, { method: 'POST', body: multipart(fields), redirect: 'manual', headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** Node's fetch always sends its own Host; this sends the one given, as a browser at the site's name does. */
async function postAsHost(url: string, fields: [string, string][], headers: Record<string, string>) {
  const request = new Request(url, { method: 'POST', body: multipart(fields) });
  const bytes = Buffer.from(await request.arrayBuffer());
  return new Promise<{ status: number; headers: Headers; body: string }>((resolve, reject) => {
    const sent = http.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': request.headers.get('content-type')!, 'content-length': bytes.length },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          const all = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            for (const one of [value ?? []].flat()) all.append(name, one);
          resolve({ status: res.statusCode!, headers: all, body });
        });
      },
    );
    sent.on('error', reject);
    sent.end(bytes);
  });
}

function demoAccounts(dbFile: string) {
  const text = fs.readFileSync(path.join(path.dirname(dbFile), 'demo-credentials.txt'), 'utf8');
  return [...text.matchAll(/^(admin|officer)\s+(\S+@\S+)\s+(\S+)/gm)].map(([, role, email, password]) => ({
    role,
    email: email!,
    password: password!,
  }));
}

const passwordChecks = (s: RunningServer) =>
  s
    .output()
    .split('\n')
    .filter((l) => l.includes('"msg":"password checked"')).length;

it('60 parallel wrong passwords for one account reach the password check at most 5 times; then even the right one waits', async () => {
  const dbFile = freshDbFile('sign-in-parallel');
  server = await startServer({ port: 3633, dbFile });
  const [admin] = demoAccounts(dbFile);
  const form = await actionForm(server.base, '/sign-in', 'password');
  const before = passwordChecks(server);
  const answers = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      post(server!.base, '/sign-in', [...form, ['email', admin!.email], ['password', `wrong-guess-${i}`]]),
    ),
  );
  expect(
    answers.map((a) => a.status).filter((s) => s !== 200),
    'each answered with the form again',
  ).toEqual([]);
  const wrong = answers.filter((a) =>
    a.body.includes('That e-mail address and password do not match an account.'),
  ).length;
  const limited = answers.filter((a) => a.body.includes('Too many failed attempts.')).length;
  expect(wrong + limited).toBe(60);
  const checks = passwordChecks(server) - before;
  console.log(`60 parallel wrong sign-ins: ${checks} password checks, ${wrong} "wrong", ${limited} "too many"`);
  expect(checks).toBeLessThanOrEqual(5);
  expect(wrong).toBe(checks);
  expect(
    queryAll<{ failures: number }>(dbFile, "select failures from sign_in_attempts where key like 'account:%'"),
  ).toEqual([{ failures: 5 }]);

  const right = await post(server.base, '/sign-in', [...form, ['email', admin!.email], ['password', admin!.password]]);
  expect(right.body).toContain('Too many failed attempts.');
  expect(right.headers.get('set-cookie') ?? '').not.toContain('session_token');
  expect(passwordChecks(server) - before, 'the right password was not even checked').toBe(checks);
});

it('password resets: at most 3 e-mails per account an hour however many are asked for at once', async () => {
  const dbFile = freshDbFile('sign-in-reset');
  server = await startServer({ port: 3634, dbFile });
  const [admin] = demoAccounts(dbFile);
  const form = await actionForm(server.base, '/forgot-password', 'email');
  const answers = await Promise.all(
    Array.from({ length: 12 }, () => post(server!.base, '/forgot-password', [...form, ['email', admin!.email]])),
  );
  // The same answer every time, so the form tells nobody whether an account exists or was throttled.
  for (const a of answers)
    expect(a.body).toContain('If an account uses this address, a link to choose a new password is on its way.');
  const mails = queryAll<{ n: number }>(
    dbFile,
    'select count(*) as n from outbox_messages where lower("to") = lower(?) and subject like \'%password%\'',
    admin!.email,
  );
  expect(mails[0]!.n).toBe(3);
});

it('the session cookie is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix behind https', async () => {
  const dbFile = freshDbFile('sign-in-cookie');
  server = await startServer({
    port: 3635,
    dbFile,
    env: { PUBLIC_URL: 'https://press.example.org', TRUST_PROXY: '1' },
  });
  const [admin] = demoAccounts(dbFile);
  const form = await actionForm(server.base, '/sign-in', 'password');
  // The browser's page is https://press.example.org, with a proxy (trusted here) in front that says so. With the
  // cache in front, that proxy is nginx (plain HTTP here): the browser's Host is what it passes on.
  const res = await post(
    server.base,
    '/sign-in',
    [...form, ['email', admin!.email], ['password', admin!.password]],
    CACHE_IN_FRONT
      ? { origin: 'https://press.example.org', host: 'press.example.org' }
      : {
          origin: 'https://press.example.org',
          'x-forwarded-host': 'press.example.org',
          'x-forwarded-proto': 'https',
          'x-forwarded-for': '198.51.100.7',
        },
  );
  expect(res.status, res.body.slice(0, 300)).toBe(303);
  const cookies = res.headers.getSetCookie();
  const session = cookies.find((c) => /^__Secure-[^=]*session_token=/.test(c));
  expect(session, cookies.join('\n')).toBeDefined();
  const attributes = session!
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());
  expect(attributes).toContain('httponly');
  expect(attributes).toContain('secure');
  expect(attributes).toContain('samesite=lax');
  expect(attributes).toContain('path=/');
  expect(
    cookies.filter((c) => !/;\s*secure/i.test(c)),
    'no cookie without Secure',
  ).toEqual([]);
});

it('a Server Action from another origin, Origin: null or an empty Origin is a plain 403 that does nothing; X-Forwarded-Host fools nobody', async () => {
  const dbFile = freshDbFile('sign-in-origin');
  server = await startServer({ port: 3636, dbFile });
  const [admin] = demoAccounts(dbFile);
  const form = await actionForm(server.base, '/sign-in', 'password');
  const before = passwordChecks(server);
  for (const origin of ['https://evil.example', 'null', '']) {
    const res = await post(server.base, '/sign-in', [...form, ['email', admin!.email], ['password', admin!.password]], {
      origin,
    });
    expect(res.status, `Origin: ${JSON.stringify(origin)}`).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.body.trim()).toBe(FOREIGN_ORIGIN_MESSAGE);
    expect(res.headers.get('set-cookie')).toBeNull();
  }
  // A claimed X-Forwarded-Host matching the foreign Origin is dropped at the edge (no TRUST_PROXY here).
  const forged = await post(
    server.base,
    '/sign-in',
    [...form, ['email', admin!.email], ['password', admin!.password]],
    {
      origin: 'https://evil.example',
      'x-forwarded-host': 'evil.example',
    },
  );
  expect(forged.status).toBe(403);
  expect(passwordChecks(server), 'no password was checked').toBe(before);
  expect(queryAll(dbFile, 'select key from sign_in_attempts'), 'no attempt was counted').toEqual([]);
  // Our own page still signs in.
  const own = await post(server.base, '/sign-in', [...form, ['email', admin!.email], ['password', admin!.password]], {
    origin: server.base,
  });
  expect(own.status).toBe(303);
});

it('during another process’s write lock, sign-in and password reset answer 503 with Retry-After and a plain message', async () => {
  const dbFile = freshDbFile('sign-in-lock');
  server = await startServer({ port: 3637, dbFile, env: { SQLITE_BUSY_TIMEOUT_MS: '500' } });
  const [admin] = demoAccounts(dbFile);
  const signIn = await actionForm(server.base, '/sign-in', 'password');
  const reset = await actionForm(server.base, '/forgot-password', 'email');
  const { released } = await holdWriteLock(dbFile, 4_000);
  const [a, b] = await Promise.all([
    post(server.base, '/sign-in', [...signIn, ['email', admin!.email], ['password', admin!.password]]),
    post(server.base, '/forgot-password', [...reset, ['email', admin!.email]]),
  ]);
  for (const [res, message] of [
    [a, SIGN_IN_BUSY_MESSAGE],
    [b, PASSWORD_RESET_BUSY_MESSAGE],
  ] as const) {
    expect(res.status, res.body.slice(0, 300)).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(res.body).toContain(escape(message));
    expect(res.body).not.toContain('Internal Server Error');
    expect(res.headers.get('set-cookie') ?? '').not.toContain('session_token');
  }
  expect(await released).toBe(0);
  expect(queryAll(dbFile, "select id from outbox_messages where subject like '%password%'")).toEqual([]);
  const after = await post(server.base, '/sign-in', [
    ...signIn,
    ['email', admin!.email],
    ['password', admin!.password],
  ]);
  expect(after.status).toBe(303);
});
