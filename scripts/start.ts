/**
 * `npm start`: prepares the database (create, migrate, seed demo data, compact the search index), builds once
 * when no build exists, then serves Pressline with graceful shutdown.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../lib/server/server';
import { databasePath, openDatabase } from '@/db';
import { formatCredentials, seedDemoAccounts } from '@/db/demo-accounts';
import { optimizeSearchIndex } from '@/db/ops/search-index';
import { seedDemoData } from '@/db/seed';
import { createAuth, secureCookies } from '@/lib/auth/auth';
import { config, ConfigError, publicUrl } from '@/lib/config';
import { ensureSecretFile, writePrivateFile } from '@/lib/auth/secret-file';

const root = process.cwd();

/** Every setting is checked before anything is opened: a bad one stops here, naming the variable. */
function checkedSettings() {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const settings = checkedSettings();
const demo = settings.PRESSLINE_DEMO === '1';

/** Sessions are signed with this; made once and kept beside the database unless configured. */
function ensureAuthSecret(dbFile: string) {
  if (settings.BETTER_AUTH_SECRET) return;
  const file = path.join(path.dirname(dbFile), 'auth-secret');
  process.env.BETTER_AUTH_SECRET = ensureSecretFile(file);
  console.log(`Signing sessions with the secret kept in ${path.relative(root, file)}`);
}

async function prepareDatabase() {
  const file = databasePath();
  ensureAuthSecret(file);
  const db = openDatabase(file);
  const credentialsFile = path.join(path.dirname(file), 'demo-credentials.txt');
  if (demo && seedDemoData(db)) {
    console.log(`Loaded the demo data into ${path.relative(root, file)}`);
    const credentials = formatCredentials(await seedDemoAccounts(db, createAuth(db)));
    writePrivateFile(credentialsFile, credentials);
    console.log(`${credentials}(also kept in ${path.relative(root, credentialsFile)}, readable by you only)`);
  } else if (demo && fs.existsSync(credentialsFile)) {
    console.log(`Demo accounts are listed in ${path.relative(root, credentialsFile)}`);
  }
  optimizeSearchIndex(db);
  db.$client.close();
}

function warnAboutCookies() {
  const url = publicUrl();
  if (secureCookies(url, true) && !url.startsWith('https://')) {
    console.warn(`PUBLIC_URL is ${url}: session cookies are Secure, so staff can sign in only through https.`);
  }
}

function buildIfNeeded() {
  if (fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log('No production build yet: running next build (about a minute)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    stdio: 'inherit',
    // The build renders nothing from the real database (see db/index.ts).
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await prepareDatabase();
warnAboutCookies();
buildIfNeeded();
// deploy/systemd: one unit prepares (migrations, build) before several app processes start on the same files.
if (process.env.PRESSLINE_PREPARE_ONLY === '1') process.exit(0);
await startServer({ port: settings.PORT, hostname: settings.HOST });
