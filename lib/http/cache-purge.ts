/**
 * Tells the caches in front (CACHE_PURGE_URLS, deploy/nginx/pressline.conf) which public paths a write changed,
 * in the background: the write has committed and answered whatever happens here (decision 0055).
 *
 * Not at once, but twice: 0.5 s and 3 s after the write. A purge before every app process has dropped its own
 * copy would let the next visitor's request fetch the old page from a process that has not yet (the writer
 * drops its copies as its answer starts, the others within their 100 ms poll, lib/server/public-changes.ts), and
 * nginx would keep that for minutes. The second pass catches a process that was slow to drop.
 *
 * nginx keeps one copy per encoding the app sends (its key holds `br`, `gzip` or nothing, normalised from the
 * visitor's Accept-Encoding), and its purge removes one key per request, so each path is purged once per
 * encoding. A cache that does not answer, or answers anything but "purged" (200) or "was not cached" (404), is
 * asked again with backoff; after the last attempt a warning is logged and the page stays until nginx's own
 * expiry (X-Accel-Expires, lib/http/cache-control.ts).
 */

/** What a browser, curl and an old client send, as nginx's `$pressline_encoding` map reduces them. */
export const PURGED_ENCODINGS = ['br', 'gzip', 'identity'] as const;

export type PurgeOptions = {
  /** Purge base URLs: `<base><path>` is requested with the PURGE method. */
  bases: string[];
  /** When each pass starts, after the call. */
  passesAfterMs?: number[];
  attempts?: number;
  /** The wait before the second attempt; it doubles for each one after. */
  firstRetryMs?: number;
  /** One request's limit: a cache that accepts the connection and never answers must not hold a purge forever. */
  timeoutMs?: number;
  /** Purges in flight per cache (an import can change hundreds of pages). */
  concurrency?: number;
  warn?: (message: string, details: Record<string, unknown>) => void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

const warnAsLogLine = (msg: string, details: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg, ...details })}\n`);

async function purgeOne(url: string, encoding: string, timeoutMs: number): Promise<string | null> {
  try {
    const res = await fetch(url, {
      method: 'PURGE',
      headers: { 'accept-encoding': encoding },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer();
    return res.status === 200 || res.status === 404 ? null : `HTTP ${res.status}`;
  } catch (error) {
    return String((error as { cause?: unknown }).cause ?? error);
  }
}

type Job = { url: string; encoding: string };
type Failure = Job & { problem: string };
type PassOptions = { attempts: number; firstRetryMs: number; timeoutMs: number; concurrency: number };

/** Every path in every cache, once per encoding, each asked up to `attempts` times: what is still refused. */
async function purgePass(
  paths: string[],
  bases: string[],
  { attempts, firstRetryMs, timeoutMs, concurrency }: PassOptions,
): Promise<Failure[]> {
  const queues: Job[][] = bases.map((base) =>
    paths.flatMap((path) => PURGED_ENCODINGS.map((encoding) => ({ url: base + path, encoding }))),
  );
  const failed: Failure[] = [];
  const runJob = async (job: Job) => {
    let problem: string | null = null;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await sleep(firstRetryMs * 2 ** (attempt - 1));
      problem = await purgeOne(job.url, job.encoding, timeoutMs);
      if (problem === null) return;
    }
    failed.push({ ...job, problem: problem! });
  };
  await Promise.all(
    queues.map(async (queue) => {
      const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) await runJob(job);
      });
      await Promise.all(workers);
    }),
  );
  return failed;
}

/**
 * Purges every path in every cache, once per encoding. Resolves when all are done or given up; never rejects.
 * Callers do not wait for it (`void purgeCaches(…)`).
 */
export async function purgeCaches(
  paths: string[],
  {
    bases,
    passesAfterMs = [500, 3_000],
    attempts = 6,
    firstRetryMs = 250,
    timeoutMs = 2_000,
    concurrency = 6,
    warn = warnAsLogLine,
  }: PurgeOptions,
): Promise<void> {
  const started = Date.now();
  const passes = await Promise.all(
    passesAfterMs.map(async (after) => {
      await sleep(Math.max(0, started + after - Date.now()));
      return purgePass(paths, bases, { attempts, firstRetryMs, timeoutMs, concurrency });
    }),
  );
  // The last pass is the one that counts: an earlier failure it made good is no news.
  const failed = passes.at(-1) ?? [];
  if (failed.length > 0) {
    warn('could not purge the cache in front: it serves these pages until they expire', {
      purges: failed.length,
      attempts,
      first: failed[0],
    });
  }
}

/**
 * One attempt per path and encoding, at once, for the write to wait on before it answers, `withinMs` at most all
 * told: the writer's next page (an officer looking at their public page after saving) then misses nginx's old
 * copy, and with one app process, so does everyone's. Never rejects; whatever it missed or raced (another
 * process that has not dropped its copy yet), the passes of purgeCaches() make good.
 */
export async function purgeAtOnce(
  paths: string[],
  { bases, withinMs = 500, concurrency = 6 }: { bases: string[]; withinMs?: number; concurrency?: number },
): Promise<void> {
  await Promise.race([
    purgePass(paths, bases, { attempts: 1, firstRetryMs: 0, timeoutMs: withinMs, concurrency }),
    sleep(withinMs),
  ]);
}
