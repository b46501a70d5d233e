import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshDbFile, ROOT, startServer, type RunningServer } from './server';

// Issue #13 item 4: every unknown slug used to become a cached 404 under .next/server/ (200 requests,
// 6.7 MB, 1,800 files; 250-character slugs logged ENAMETOOLONG).
const PORT = 3646;
const REQUESTS = 2_000;
const PARALLEL = 8;
const BUILD = path.join(ROOT, '.next');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: PORT, dbFile: freshDbFile('unknown-slugs') });
});
afterAll(() => server?.stop());

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

function randomSlug(i: number): string {
  const length = i % 10 === 0 ? 300 : 6 + (i % 40);
  let slug = '';
  while (slug.length < length) slug += Math.random().toString(36).slice(2);
  return slug.slice(0, length);
}

/** Every public URL that names a slug, for a slug nobody ever created. */
function unknownUrl(i: number): string {
  const slug = randomSlug(i);
  const forms = [
    `/contacts/${slug}`,
    `/contacts/${slug}/vcard`,
    `/cities/${slug}`,
    `/releases/${slug}`,
    `/feeds/cities/${slug}.xml`,
    `/releases?city=${slug}&page=${1 + (i % 7)}`,
  ];
  return forms[i % forms.length]!;
}

it('answers 2,000 unknown slugs with the site’s 404 and writes (almost) nothing to the build folder', async () => {
  // A real page first, so that what Next keeps for known pages is not counted against unknown ones.
  expect((await fetch(`${server.base}/contacts/ayuna-batoeva`)).status).toBe(200);
  const before = folderBytes(BUILD);
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const url = unknownUrl(i);
        const res = await fetch(`${server.base}${url}`);
        const body = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        // A 300-character city in the release list is not a city filter at all (next.config.ts): the whole list.
        const wholeList = url.startsWith('/releases?') && url.length > 300;
        if (!wholeList) expect(res.status, url).toBe(404);
        if (url.length > 300 && !url.startsWith('/releases?'))
          expect(body, url).toContain('There is no page at this address');
      }
    }),
  );
  const after = folderBytes(BUILD);
  console.log(
    `unknown slugs: ${REQUESTS} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, build folder` +
      ` +${after.bytes - before.bytes} bytes, +${after.files - before.files} files`,
  );
  expect(after.bytes - before.bytes).toBeLessThan(100 * 1024);
  expect(server.output()).not.toContain('ENAMETOOLONG');
  // Unknown slugs cost nothing later either: real pages still answer.
  expect((await fetch(`${server.base}/cities/geneva`)).status).toBe(200);
});
