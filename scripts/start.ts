/**
 * `npm start`: prepares the database (create, migrate, seed demo data, compact the search index), builds once
 * when no build exists, then serves Pressline with graceful shutdown.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './server';
import { databasePath, openDatabase } from '@/db';
import { optimizeSearchIndex } from '@/db/search-index';
import { seedDemoData } from '@/db/seed';

const root = process.cwd();
const demo = process.env.PRESSLINE_DEMO !== '0';

function prepareDatabase() {
  const file = databasePath();
  const db = openDatabase(file);
  if (demo && seedDemoData(db)) console.log(`Loaded the demo data into ${path.relative(root, file)}`);
  optimizeSearchIndex(db);
  db.$client.close();
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

prepareDatabase();
buildIfNeeded();
await startServer({
  port: Number(process.env.PORT ?? 3000),
  hostname: process.env.HOST ?? '127.0.0.1',
});
