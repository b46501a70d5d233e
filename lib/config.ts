import { z } from 'zod';

/**
 * Every setting Pressline reads from the environment, parsed by one schema. A value that does not
 * parse stops the server at start (scripts/start.ts calls `config()` first) with a message naming
 * the variable; no bad value is ever read as "off" or "unlimited". An empty value counts as unset
 * only for the optional texts (SMTP_URL=, MAIL_FROM=); a number or switch given empty is an error.
 *
 * Parsed lazily on first use rather than at import: `next build` imports these modules and must
 * not fail on the build machine's environment (during the build, defaults are used instead).
 */

const TRUE_FALSE = ['0', '1'] as const;

/** A whole number written in digits only ("5000", not "5e3", " 5" or ""). */
const whole = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,12}$/, 'must be a whole number written in digits')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(fallback);

const optionalText = z
  .string()
  .transform((s) => s.trim() || undefined)
  .optional();

const HOUR = 60 * 60_000;

const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^file:.+/, 'must look like file:<path> (file:data/pressline.db)')
      .default('file:data/pressline.db'),
    PUBLIC_URL: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
    ),
    PORT: whole(1, 65_535, 3000),
    HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
    /** Demo data and demo accounts; `0` in production. */
    PRESSLINE_DEMO: z.enum(TRUE_FALSE, 'must be 0 or 1').default('1'),
    /** Signs sessions. Unset: scripts/start.ts makes one and keeps it beside the database. */
    BETTER_AUTH_SECRET: optionalText,
    /** Opens the endpoint that drops Next's page cache; unset, the server makes a random one at each start. */
    PRESSLINE_INTERNAL_TOKEN: optionalText.pipe(
      z.string().min(32, 'must be at least 32 characters (openssl rand -hex 32)').optional(),
    ),
    /**
     * The caches in front to tell about every public write (lib/http/cache-purge.ts), comma-separated: each
     * changed path is requested as `PURGE <url><path>` (deploy/nginx/pressline.conf's purge server).
     */
    CACHE_PURGE_URLS: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((u) => u.trim().replace(/\/+$/, ''))
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must list http:// or https:// addresses, comma-separated' })))
      .default([]),
    /** `1` only behind a reverse proxy that sets X-Forwarded-For/-Host/-Proto itself. */
    TRUST_PROXY: z.enum(TRUE_FALSE, 'must be 0 or 1').default('0'),
    /** `0` turns off the server's copy of Next's cache hits (lib/server/page-cache.ts), to measure Next's own path. */
    PRESSLINE_PAGE_CACHE: z.enum(TRUE_FALSE, 'must be 0 or 1').default('1'),
    /** Interview requests per client address per ten minutes; 0 turns the limit off (tests only). */
    REQUEST_RATE_LIMIT: whole(0, 10_000, 10),
    /** Fastest plausible fill of the request form; 0 turns the check off (tests only). */
    REQUEST_MIN_FILL_MS: whole(0, 60_000, 3_000),
    REQUEST_RETENTION_DAYS: whole(1, 36_500, 365),
    /** How long a write waits for another process's write lock before the app answers 503. */
    SQLITE_BUSY_TIMEOUT_MS: whole(0, 60_000, 5_000),
    SMTP_URL: optionalText.pipe(
      z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' }).optional(),
    ),
    MAIL_FROM: optionalText,
    PRESS_OFFICE_EMAIL: optionalText.pipe(z.email('must be an e-mail address').optional()),
    /** Where to report a vulnerability (/.well-known/security.txt): an e-mail address or an https:// page. */
    SECURITY_CONTACT: optionalText.pipe(
      z
        .union([z.email(), z.url({ protocol: /^https$/ })], {
          error: 'must be an e-mail address or an https:// address',
        })
        .optional(),
    ),
    OUTBOX_POLL_MS: whole(100, HOUR, 2_000),
    OUTBOX_MAX_BACKOFF_MS: whole(1_000, 24 * HOUR, 15 * 60_000),
    /** Health turns 503 when an e-mail has waited longer than this. */
    OUTBOX_ALERT_AFTER_MS: whole(1_000, 7 * 24 * HOUR, 30 * 60_000),
  })
  .superRefine((c, ctx) => {
    if (c.PRESSLINE_DEMO === '0' && c.BETTER_AUTH_SECRET !== undefined && c.BETTER_AUTH_SECRET.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'must be at least 32 characters outside demo mode (openssl rand -hex 32)',
      });
    }
  });

export type Config = z.infer<typeof schema>;
export const SETTINGS = Object.keys(schema.shape) as (keyof Config)[];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Pressline cannot start with these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the given environment; throws a ConfigError naming each bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const given = Object.fromEntries(SETTINGS.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0] ?? 'settings')} ${i.message}`));
}

let cached: { key: string; value: Config } | null = null;

/**
 * The settings of this process. Parsed once; parsed again only if the environment changed since
 * (tests that set a variable), which costs one string join per call.
 */
export function config(): Config {
  const key = SETTINGS.map((k) => process.env[k] ?? '\u0001').join('\u0000');
  if (cached?.key === key) return cached.value;
  let value: Config;
  try {
    value = parseConfig(process.env);
  } catch (error) {
    // The build machine's environment is not the server's: the build renders nothing that depends on it.
    if (!(error instanceof ConfigError) || process.env.NEXT_PHASE !== 'phase-production-build') throw error;
    value = parseConfig({});
  }
  cached = { key, value };
  return value;
}

/** The address journalists reach Pressline at, for links that leave the site (vCards, e-mails). */
export function publicUrl(): string {
  const { PUBLIC_URL, PORT } = config();
  return PUBLIC_URL?.replace(/\/+$/, '') || `http://localhost:${PORT}`;
}
