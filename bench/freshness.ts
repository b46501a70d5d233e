import fs from 'node:fs';
import path from 'node:path';
import { hasControl, multipart, readForm, withValues, type FormFields } from '../tests/support/html-form';

export type Freshness =
  | { status: 'visible'; delayMs: number; saveMs: number; detail: string }
  | { status: 'stale'; waitedMs: number; detail: string };

const OFFICER = 'ayuna-batoeva';
const CITY = 'moscow';
const GIVE_UP_MS = 10_000;

/** Cookies as a browser keeps them for one site: name → value, from every Set-Cookie seen. */
class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** The demo officer's password, as `npm start` wrote it beside the database. */
function demoPassword(databaseFile: string): { email: string; password: string } | null {
  const file = path.join(path.dirname(databaseFile), 'demo-credentials.txt');
  if (!fs.existsSync(file)) return null;
  const line = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('officer') && l.includes(`(${OFFICER})`));
  const [, email, password] = line?.trim().split(/\s+/) ?? [];
  return email && password ? { email, password } : null;
}

/** Posts a form as a browser without JavaScript would (multipart, cookies, no redirect following). */
async function post(baseUrl: string, pagePath: string, form: FormFields, jar: CookieJar) {
  const { body, contentType } = await multipart(form.fields);
  const response = await fetch(new URL(form.action || pagePath, baseUrl + pagePath), {
    method: 'POST',
    body: new Uint8Array(body),
    redirect: 'manual',
    headers: { 'content-type': contentType, cookie: jar.header(), accept: 'text/html' },
  });
  jar.take(response);
  return response;
}

async function get(baseUrl: string, pagePath: string, jar: CookieJar) {
  const response = await fetch(baseUrl + pagePath, { headers: { cookie: jar.header() }, redirect: 'manual' });
  jar.take(response);
  return response;
}

/** The demo officer, signed in through /sign-in: `edit(e164)` saves a new first number through the /me form. */
export async function signInOfficer(baseUrl: string, databaseFile: string) {
  const jar = new CookieJar();
  const signInPage = await get(baseUrl, '/sign-in?next=/me', jar);
  const credentials = demoPassword(databaseFile);
  // Not measured is not met: the run fails rather than report a freshness it never saw.
  if (signInPage.status !== 200) throw new Error(`/sign-in answered ${signInPage.status}: the edit cannot be made`);
  if (!credentials) throw new Error('No demo officer beside the database (demo-credentials.txt): nobody can sign in');

  const signInForm = readForm(await signInPage.text(), hasControl('password'));
  const signedIn = await post(
    baseUrl,
    '/sign-in',
    { ...signInForm, fields: withValues(signInForm.fields, credentials) },
    jar,
  );
  if (signedIn.status !== 303) throw new Error(`Sign-in as ${credentials.email} answered ${signedIn.status}, not 303`);

  const mePage = await get(baseUrl, '/me', jar);
  if (mePage.status !== 200) throw new Error(`/me answered ${mePage.status} after signing in`);
  const editForm = readForm(await mePage.text(), hasControl('phones.0.number'));
  return {
    officer: OFFICER,
    city: CITY,
    /** Resolves once the save was answered (303), or throws. */
    edit: async (e164: string) => {
      const edited = await post(
        baseUrl,
        '/me',
        { ...editForm, fields: withValues(editForm.fields, { 'phones.0.number': e164 }) },
        jar,
      );
      if (edited.status !== 303) throw new Error(`Saving /me answered ${edited.status}, not 303`);
    },
  };
}

/** A new Moscow mobile number, different each time. */
export const newNumber = () => `+7916${String(5_000_000 + Math.floor(Math.random() * 4_000_000))}`;

/**
 * An officer signs in and changes their phone number on /me, through the real forms over
 * HTTP; then the public city page is polled until its call link dials the new number.
 * The delay runs from the moment the officer pressed Save.
 */
export async function checkFreshness(baseUrl: string, databaseFile: string): Promise<Freshness> {
  const officer = await signInOfficer(baseUrl, databaseFile);
  const e164 = newNumber();

  // The public page must be a cache hit before the edit, or this would prove nothing.
  await fetch(`${baseUrl}/cities/${CITY}`);
  const cached = (await fetch(`${baseUrl}/cities/${CITY}`)).headers.get('x-nextjs-cache');
  if (cached !== 'HIT')
    throw new Error(`/cities/${CITY} was not served from the cache before the edit (x-nextjs-cache: ${cached})`);

  // Timed from the officer pressing Save: the write, the invalidation and the next render all count.
  const savedAt = performance.now();
  await officer.edit(e164);
  const saveMs = performance.now() - savedAt;

  const wanted = `href="tel:${e164}"`;
  let requests = 0;
  for (;;) {
    const html = await (await fetch(`${baseUrl}/cities/${CITY}`)).text();
    requests++;
    const waited = performance.now() - savedAt;
    const detail = `${OFFICER}'s number → ${e164}, ${requests} request(s) of /cities/${CITY}`;
    if (html.includes(wanted)) return { status: 'visible', delayMs: waited, saveMs, detail };
    if (waited > GIVE_UP_MS) return { status: 'stale', waitedMs: waited, detail };
  }
}
