import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
/** The test SMTP server (e2e/mailbox.ts) listens here; only the `mail` project starts it. */
export const SMTP_PORT = PORT + 1;
/**
 * `E2E_CACHE_IN_FRONT=1` (npm run test:e2e:cache-in-front): every spec again, through nginx with the shipped
 * configuration (e2e/cache-in-front.ts) on PORT, the app behind it on PORT + 2, nginx's purge server on PORT + 3.
 */
export const CACHE_IN_FRONT = process.env.E2E_CACHE_IN_FRONT === '1';
const APP_PORT = CACHE_IN_FRONT ? PORT + 2 : PORT;
const PURGE_PORT = PORT + 3;
export const E2E_DB = 'tmp/e2e/pressline.db';
const START = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;

// Debian's Chromium where it is installed (this machine, CI); Playwright's own elsewhere.
const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Generous: the machine is 2 cores, shared with the server under test.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    // A failed test keeps its trace (DOM snapshots, network, console) and a screenshot; the trace's own
    // screencast, taken for every test and thrown away when it passes, cost more CPU than it told.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    // The offline service worker would precache the build's scripts in every test's fresh context: only the
    // specs about it (e2e/offline.spec.ts) let it register.
    serviceWorkers: 'block',
  },
  projects: [
    // Every spec runs on desktop. What is decided on the server (access rules, validation, headers, caching, the
    // API) does not depend on the screen, so the phone runs only what does: axe (contrast, reflow and target size
    // are judged on what is laid out), layout and the pinned duty line, tap targets. A test joins with a title
    // that says axe or accessibility, or with `{ tag: '@phone' }`.
    {
      name: 'phone',
      grep: [/@phone/, /\baxe\b|accessib/i],
      testIgnore: [/mail\.spec\.ts/, /access-control\.spec\.ts/],
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, hasTouch: true, launchOptions },
    },
    {
      name: 'desktop',
      testIgnore: /mail\.spec\.ts/,
      // Paths written for 360 px (the Russian and French pages, issue #19) run on the phone only: the same server
      // answers, and the desktop run of them only repeated it.
      grepInvert: /@phone-only/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    // One SMTP port: the specs that own the test SMTP server (*mail.spec.ts) run one file at a time, at phone width.
    {
      name: 'mail',
      testMatch: /mail\.spec\.ts/,
      workers: 1,
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, launchOptions },
    },
  ],
  webServer: [
    {
      // A fresh database for every run, seeded with the demo data by the start script.
      // `npm start`'s own command (Node flags included), without npm's wrapper process.
      command: `rm -rf tmp/e2e && ${START}`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      // One JSON line per request (lib/server/server.ts) would bury the test report; errors still show (stderr).
      stdout: 'ignore',
      env: {
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:${E2E_DB}`,
        PRESSLINE_DEMO: '1',
        PUBLIC_URL: `http://127.0.0.1:${PORT}`,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        OUTBOX_POLL_MS: '250',
        OUTBOX_MAX_BACKOFF_MS: '1000',
        // Tests fill forms faster than people; the check itself is unit-tested (lib/requests/abuse.test.ts).
        REQUEST_MIN_FILL_MS: '0',
        // Each spec sends its own X-Forwarded-For, so rate limits are per test, as per client in real life.
        TRUST_PROXY: '1',
        // Through nginx, every public write purges what it changed there (lib/http/cache-purge.ts).
        ...(CACHE_IN_FRONT ? { CACHE_PURGE_URLS: `http://127.0.0.1:${PURGE_PORT}/purge` } : {}),
      },
    },
    ...(CACHE_IN_FRONT
      ? [
          {
            command: 'node --import tsx e2e/cache-in-front.ts',
            url: `http://127.0.0.1:${PORT}/`,
            reuseExistingServer: false,
            timeout: 60_000,
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
            env: { CACHE_PORT: String(PORT), CACHE_PURGE_PORT: String(PURGE_PORT), APP_PORT: String(APP_PORT) },
          },
        ]
      : []),
  ],
});
