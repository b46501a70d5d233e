/**
 * `npm run bench:lighthouse`: Lighthouse's mobile scores (its default: a mid-range phone
 * on a slow 4G link, simulated) for the public pages, served by the production server on
 * a fresh demo database. Lists every audit that cost points, so a miss says what to fix.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildIfNeeded, startAppServer } from './app-server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser';

const PORT = Number(process.env.BENCH_PORT ?? 3512) + 2;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
/** `/about` has nothing from the database and no client components of ours: Next's own baseline. */
const PAGES = [
  '/',
  '/about',
  '/cities/moscow',
  '/contacts/ayuna-batoeva',
  '/releases/ifrc-president-rocca-meets-president-putin',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 100,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

buildIfNeeded();
const app = await startAppServer(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [...CHROMIUM_FLAGS, '--headless'],
});
let missed = false;
const benchmarkIndexes: number[] = [];
try {
  for (const page of PAGES) await fetch(app.url + page); // a visitor after the first gets the cached page
  console.log(
    `Lighthouse (mobile, simulated throttling), median of ${RUNS} run(s); targets: ${CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ')}\n`,
  );
  for (const page of PAGES) {
    const scores: Record<string, number[]> = {};
    const lost = new Map<string, string>();
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(app.url + page, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
      for (const category of CATEGORIES) {
        const c = result.lhr.categories[category];
        (scores[category] ??= []).push(Math.round((c?.score ?? 0) * 100));
        for (const ref of c?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            lost.set(`${category}: ${ref.id}`, `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
          }
        }
      }
    }
    const line = CATEGORIES.map((c) => {
      const score = median(scores[c] ?? []);
      if (score < TARGETS[c]) missed = true;
      return `${c} ${String(score).padStart(3)}${score < TARGETS[c] ? ' (MISSES)' : ''}`;
    }).join('  ');
    console.log(`${page.padEnd(56)} ${line}`);
    for (const [id, title] of lost) console.log(`    lost points: ${id} — ${title}`);
  }
  // Lighthouse's own measure of this CPU: its 4× slowdown assumes a CPU whose index is about 1,500.
  console.log(
    `\nLighthouse's CPU benchmark index here: ${median(benchmarkIndexes).toFixed(0)} (median of ${benchmarkIndexes.length} runs)`,
  );
} finally {
  await chrome.kill();
  await app.stop();
}
process.exit(missed ? 1 : 0);
