import { afterEach, describe, expect, it } from 'vitest';
import { config, ConfigError, parseConfig, publicUrl } from './config';

const refusal = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return null;
};

describe('settings', () => {
  afterEach(() => {
    delete process.env.REQUEST_RATE_LIMIT;
    delete process.env.PUBLIC_URL;
  });

  it('has safe defaults when nothing is set', () => {
    expect(parseConfig({})).toMatchObject({
      DATABASE_URL: 'file:data/pressline.db',
      PORT: 3000,
      PRESSLINE_DEMO: '1',
      TRUST_PROXY: '0',
      REQUEST_RATE_LIMIT: 10,
      REQUEST_MIN_FILL_MS: 3_000,
      OUTBOX_ALERT_AFTER_MS: 1_800_000,
      SQLITE_BUSY_TIMEOUT_MS: 5_000,
    });
  });

  it('reads numbers and switches as given, 0 included where it means "off"', () => {
    const c = parseConfig({
      REQUEST_RATE_LIMIT: '0',
      REQUEST_MIN_FILL_MS: '0',
      PORT: '3510',
      TRUST_PROXY: '1',
      SMTP_URL: '',
    });
    expect(c).toMatchObject({ REQUEST_RATE_LIMIT: 0, REQUEST_MIN_FILL_MS: 0, PORT: 3510, TRUST_PROXY: '1' });
    expect(c.SMTP_URL).toBeUndefined();
  });

  it.each([
    ['REQUEST_RATE_LIMIT', 'ten'],
    ['REQUEST_RATE_LIMIT', '-1'],
    ['REQUEST_RATE_LIMIT', '1e3'],
    ['REQUEST_MIN_FILL_MS', ''],
    ['REQUEST_MIN_FILL_MS', 'off'],
    ['REQUEST_MIN_FILL_MS', ' 3000'],
    ['OUTBOX_ALERT_AFTER_MS', 'never'],
    ['OUTBOX_ALERT_AFTER_MS', '0'],
    ['SQLITE_BUSY_TIMEOUT_MS', '5s'],
    ['TRUST_PROXY', 'yes'],
    ['PRESSLINE_DEMO', 'false'],
    ['PORT', '70000'],
    ['PUBLIC_URL', 'press.example.org'],
    ['SMTP_URL', 'http://mail.example.org'],
    ['DATABASE_URL', 'data/pressline.db'],
    ['PRESSLINE_INTERNAL_TOKEN', 'letmein'],
    ['PRESS_OFFICE_EMAIL', 'press office'],
    ['SECURITY_CONTACT', 'http://example.org/security'],
  ])('refuses %s=%j, naming the variable', (name, value) => {
    const problems = refusal({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems![0]).toMatch(new RegExp(`^${name} `));
  });

  it('wants a session secret of at least 32 characters outside demo mode', () => {
    expect(refusal({ PRESSLINE_DEMO: '0', BETTER_AUTH_SECRET: 'x'.repeat(31) })?.[0]).toMatch(
      /^BETTER_AUTH_SECRET .*32/,
    );
    expect(refusal({ PRESSLINE_DEMO: '0', BETTER_AUTH_SECRET: 'x'.repeat(32) })).toBeNull();
    expect(refusal({ PRESSLINE_DEMO: '1', BETTER_AUTH_SECRET: 'short' })).toBeNull();
    // Unset: scripts/start.ts makes a long one and keeps it beside the database.
    expect(refusal({ PRESSLINE_DEMO: '0' })).toBeNull();
  });

  it('reads the caches to purge as a comma-separated list of web addresses', () => {
    expect(parseConfig({}).CACHE_PURGE_URLS).toEqual([]);
    expect(parseConfig({ CACHE_PURGE_URLS: '' }).CACHE_PURGE_URLS).toEqual([]);
    expect(
      parseConfig({ CACHE_PURGE_URLS: 'http://127.0.0.1:8080/purge/, http://10.0.0.2:8080/purge' }).CACHE_PURGE_URLS,
    ).toEqual(['http://127.0.0.1:8080/purge', 'http://10.0.0.2:8080/purge']);
    expect(refusal({ CACHE_PURGE_URLS: 'http://127.0.0.1:8080/purge,127.0.0.1:8081' })).toEqual([
      'CACHE_PURGE_URLS must list http:// or https:// addresses, comma-separated',
    ]);
  });

  it('lists every bad variable at once', () => {
    expect(refusal({ REQUEST_RATE_LIMIT: 'x', OUTBOX_ALERT_AFTER_MS: 'y' })?.map((p) => p.split(' ')[0])).toEqual([
      'REQUEST_RATE_LIMIT',
      'OUTBOX_ALERT_AFTER_MS',
    ]);
  });

  it('config() follows the environment and throws on a bad value outside the build', () => {
    process.env.PUBLIC_URL = 'https://press.example.org/';
    expect(publicUrl()).toBe('https://press.example.org');
    process.env.REQUEST_RATE_LIMIT = 'NaN';
    expect(() => config()).toThrow(/REQUEST_RATE_LIMIT must be a whole number/);
  });

  it('never fails `next build`, which imports modules under the build machine’s environment', () => {
    process.env.REQUEST_RATE_LIMIT = 'NaN';
    process.env.NEXT_PHASE = 'phase-production-build';
    try {
      expect(config().REQUEST_RATE_LIMIT).toBe(10);
    } finally {
      delete process.env.NEXT_PHASE;
    }
  });
});
