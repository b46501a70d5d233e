/**
 * Reads the media contacts out of a press release.
 *
 *   tsx scripts/import-release.ts [--json] [--save] <file>
 *
 * The file is a release's text or its web page (.html): a page's text is read with an HTML
 * parser, and addresses hidden by Cloudflare are decoded (each one named in the warnings).
 * --json prints the parsed release as one JSON object and nothing else;
 * without it a summary for people. --save stores it as a draft (see db/writes/release-import.ts).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { SavedImport } from '../db/writes/release-import';
import type { ParsedRelease } from '../lib/release-import';
import { readRelease, type ReadRelease } from '../lib/release-import/read-release';

const USAGE = 'Usage: tsx scripts/import-release.ts [--json] [--save] <file.txt|file.html>';

/** Stores the release as a draft in DATABASE_URL's database; new people are created inactive. */
export async function saveRelease({ parsed, body, about, language }: ReadRelease): Promise<SavedImport> {
  const { databasePath, openDatabase } = await import('../db');
  const { saveImportedRelease } = await import('../db/writes/release-import');
  const db = openDatabase(databasePath());
  try {
    return saveImportedRelease(db, parsed, { body, about, language });
  } finally {
    db.$client.close();
  }
}

export function formatSummary(release: ParsedRelease): string {
  const lines = [
    `Title:    ${release.title ?? '(none: contacts block only)'}`,
    `Date:     ${release.date ?? '(not found)'}${release.dateline.length ? ` (${release.dateline.join(' / ')})` : ''}`,
    `Contacts: ${release.contacts.length}`,
  ];
  for (const c of release.contacts) {
    const who = [c.name ?? '(desk)', c.role, c.city].filter(Boolean).join(', ');
    lines.push('', `  ${who}`);
    for (const p of c.phones)
      lines.push(`    ${p.kind ?? 'phone'}: ${p.raw}${p.e164 ? ` → ${p.e164}` : ' (not normalised)'}`);
    for (const e of c.emails) lines.push(`    e-mail: ${e}`);
    for (const n of c.notes) lines.push(`    note: ${n}`);
  }
  if (release.warnings.length) lines.push('', 'Warnings:', ...release.warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}

export async function main(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--save');
  if (files.length !== 1 || unknown.length) {
    console.error(unknown.length ? `Unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 1;
  }
  let text: string;
  try {
    text = await readFile(files[0]!, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`Cannot read ${files[0]}: ${reason}`);
    return 1;
  }
  const read = readRelease(text, { html: /\.html?$/i.test(files[0]!) || undefined });
  const release = read.parsed;
  if (flags.has('--save')) {
    const saved = await saveRelease(read);
    // stderr, so that --json still prints exactly one JSON object on stdout.
    console.error(
      `Saved draft "${saved.slug}": linked ${saved.linked.length} known contact(s), created ${saved.created.length} inactive for review.` +
        saved.warnings.map((w) => `\n  - ${w}`).join(''),
    );
  }
  console.log(flags.has('--json') ? JSON.stringify(release, null, 2) : formatSummary(release));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
