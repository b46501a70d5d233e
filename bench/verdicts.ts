import type { Freshness } from './freshness';
import type { Measurement } from './load';

/** A cached page and the prerendered page measured just before it. */
export type PagePair = { page: Measurement; prerendered: Measurement };

type Results = {
  limit: Measurement;
  prerendered404: Measurement;
  perRequest: Measurement;
  pages: PagePair[];
  /** the city page through nginx's cache, and nginx sending the same bytes from a file */
  nginx: PagePair;
  submission: Measurement & { accepted: number };
  lost: number;
  rssAfter: number;
  freshness: Freshness;
  jsExtra: number;
};

/**
 * The issue's targets, each marked met or missed. Speed targets are ratios on a shared,
 * noisy machine, so only errors, lost requests and a stale or unmeasured edit fail the run.
 * Returns true when the run failed.
 */
export function printVerdicts(r: Results): boolean {
  const rows: [string, boolean][] = [];
  for (const { page: m, prerendered } of r.pages) {
    const asMeasured = m.rps / prerendered.rps;
    // The rate the server alone would allow, relative to the prerendered page: the inverse ratio of CPU per request.
    const byCpu =
      m.cpuMsPerRequest && prerendered.cpuMsPerRequest ? prerendered.cpuMsPerRequest / m.cpuMsPerRequest : null;
    const detail = `${(100 * asMeasured).toFixed(0)}% as measured${byCpu === null ? '' : `, ${(100 * byCpu).toFixed(0)}% by CPU per request`}`;
    rows.push([`${m.name}: ≥ 90% of prerendered (${detail})`, (byCpu ?? asMeasured) >= 0.9]);
    rows.push([
      `${m.name}: ≥ 8× per-request render (${(m.rps / r.perRequest.rps).toFixed(1)}×)`,
      m.rps >= 8 * r.perRequest.rps,
    ]);
    rows.push([`${m.name}: p99 ≤ 250 ms (${m.p99} ms)`, m.p99 <= 250]);
  }
  const throughCache = r.nginx.page.rps / r.nginx.prerendered.rps;
  rows.push([`${r.nginx.page.name}: ≥ 0.8× nginx's file (${throughCache.toFixed(2)}×)`, throughCache >= 0.8]);
  rows.push([`submission: ≥ 200 accepted/s (${r.submission.rps.toFixed(0)}/s)`, r.submission.rps >= 200]);
  rows.push([`submission: none lost (${r.lost})`, r.lost === 0]);
  rows.push([`server RSS after ≤ 350 MiB (${r.rssAfter.toFixed(0)} MiB)`, r.rssAfter <= 350]);
  rows.push([`client JS ≤ Next's baseline + 15 KB (+${(r.jsExtra / 1024).toFixed(1)} KB)`, r.jsExtra <= 15 * 1024]);
  if (r.freshness.status === 'visible')
    rows.push([`edit visible ≤ 1 s (${r.freshness.delayMs.toFixed(0)} ms)`, r.freshness.delayMs <= 1000]);
  if (r.freshness.status === 'stale') rows.push(['edit visible ≤ 1 s (never seen)', false]);
  // A target that could not be measured is not met: the run fails, as for a stale page.
  if (r.freshness.status === 'skipped') rows.push([`edit visible ≤ 1 s (not measured: ${r.freshness.reason})`, false]);

  console.log('\nTargets:');
  for (const [text, met] of rows) console.log(`  ${met ? 'meets ' : 'MISSES'} ${text}`);

  const withErrors = [
    r.limit,
    r.prerendered404,
    r.perRequest,
    ...r.pages.flatMap((p) => [p.prerendered, p.page]),
    r.nginx.page,
    r.nginx.prerendered,
    r.submission,
  ].filter((m) => m.errors > 0);
  for (const m of withErrors)
    console.log(`ERRORS: ${m.name}: ${m.errors} (statuses ${JSON.stringify(m.statusCounts)})`);
  const unread = (r.submission.statusCounts['303'] ?? 0) - r.submission.accepted;
  if (unread !== 0)
    console.log(`ERROR: ${unread} answers 303 without a status link: accepted requests cannot be checked`);
  if (r.lost !== 0) console.log(`ERROR: ${r.lost} accepted interview requests are not in the database`);
  if (r.freshness.status === 'stale') console.log('ERROR: an edit was not visible on the public page');
  if (r.freshness.status === 'skipped') console.log('ERROR: the freshness of an edit could not be measured');
  return withErrors.length > 0 || unread !== 0 || r.lost !== 0 || r.freshness.status !== 'visible';
}
