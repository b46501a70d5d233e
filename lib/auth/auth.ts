import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { verifyPassword } from 'better-auth/crypto';
import { nextCookies } from 'better-auth/next-js';
import { getDb, type Db } from '@/db';
import { enqueueMail } from '@/db/ops/outbox';
import * as schema from '@/db/schema';
import { passwordResetMail } from './account-emails';
import { config, publicUrl } from '../config';

export const MIN_PASSWORD_LENGTH = 12;
/** How long an invitation or reset link stays usable */
export const INVITE_LINK_SECONDS = 7 * 24 * 60 * 60;

/**
 * Session cookies are `Secure` over https and in any production deployment; only a
 * production server on this machine's loopback (the e2e run, a local try-out) may use http.
 */
export function secureCookies(url = publicUrl(), production = process.env.NODE_ENV === 'production'): boolean {
  if (url.startsWith('https://')) return true;
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  const loopback = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  return production && !loopback;
}

/** A loopback PUBLIC_URL also accepts its twin (localhost ↔ 127.0.0.1): start prints one, browsers keep the other. */
export function trustedOrigins(baseURL: string): string[] {
  const url = new URL(baseURL);
  const twin = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : null;
  if (!twin) return [url.origin];
  return [url.origin, `${url.protocol}//${twin}${url.port ? `:${url.port}` : ''}`];
}

export function createAuth(db: Db) {
  const baseURL = publicUrl();
  return betterAuth({
    appName: 'Pressline',
    baseURL,
    basePath: '/api/auth',
    trustedOrigins: trustedOrigins(baseURL),
    // Read at runtime; scripts/start.ts makes and keeps one beside the database when none is configured.
    secret: config().BETTER_AUTH_SECRET,
    database: drizzleAdapter(db, { provider: 'sqlite', schema, usePlural: true }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins (invitations) and by `npm run user`, never by visitors.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      // better-auth's own check, logged (without who) so that a test can count the checks the sign-in limit let
      // through.
      password: {
        verify: (data) => {
          process.stdout.write(
            `${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'password checked' })}\n`,
          );
          return verifyPassword(data);
        },
      },
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      // Through the outbox, so a reset asked for while SMTP is down is still delivered later.
      sendResetPassword: async ({ user, token }) => {
        enqueueMail(db, [passwordResetMail(user.email, `${baseURL}/set-password?token=${token}`)]);
      },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: true, defaultValue: 'officer', input: false },
        contactId: { type: 'number', required: false, input: false },
      },
    },
    // Reset and invitation tokens are kept as SHA-256 digests: a copy of the database opens no account.
    verification: { storeIdentifier: 'hashed' },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Sign-in runs through auth.api inside Server Actions, where this limiter never applies; see
    // db/writes/sign-in-limit.ts.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: secureCookies(baseURL),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
    // nextCookies must stay last: it copies the cookies other hooks set onto the Next response.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as unknown as { __presslineAuth?: Auth };

/** One instance per process, made on first use so that importing this module opens nothing. */
export function getAuth(): Auth {
  holder.__presslineAuth ??= createAuth(getDb());
  return holder.__presslineAuth;
}
