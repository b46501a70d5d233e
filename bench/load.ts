import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';

export const CONNECTIONS = 50;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 3);

export type Measurement = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** answers with another status than the expected ones, plus socket errors and timeouts */
  errors: number;
  statusCounts: Record<string, number>;
  total: number;
  /** the server's CPU time per answered request during the measured run, when `cpuSeconds` was given */
  cpuMsPerRequest: number | null;
};

type Target = {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: Buffer;
  /** statuses that count as success (default 2xx and 3xx) */
  expect?: (status: number) => boolean;
  /**
   * Send a fixed number of requests (the warm-up's rate × the run's seconds) instead of stopping
   * on the clock, which cuts requests in flight: every request sent is then answered and counted.
   */
  exactCount?: boolean;
  /** The server's CPU time so far (bench/app-server.ts): measured around the run, per request */
  cpuSeconds?: () => number;
  /** Longer than the default for a path nothing measured before has warmed (default BENCH_WARM_UP_SECONDS) */
  warmUpSeconds?: number;
  /** Runs between the warm-up and the measured run (e.g. to count rows) */
  afterWarmUp?: () => Promise<void>;
  /** Sees every answer's status and headers, names in lower case (costs some speed: only where needed) */
  onResponse?: (status: number, headers: IncomingHttpHeaders) => void;
};

// autocannon passes header names as the server wrote them.
const lowerCaseNames = (headers: IncomingHttpHeaders = {}): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

const ok2xx3xx = (status: number) => status >= 200 && status < 400;

export function run(target: Target, length: { duration: number } | { amount: number }) {
  return autocannon({
    ...length,
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    ...(target.onResponse && {
      requests: [
        {
          onResponse: (status: number, _body: string, _context: object, headers?: IncomingHttpHeaders) =>
            target.onResponse?.(status, lowerCaseNames(headers)),
        },
      ],
    }),
    connections: CONNECTIONS,
    timeout: 10,
  });
}

export function summarize(target: Target, result: autocannon.Result): Measurement {
  const expect = target.expect ?? ok2xx3xx;
  const statusCounts: Record<string, number> = {};
  let unexpected = 0;
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    statusCounts[status] = Number(count);
    if (!expect(Number(status))) unexpected += Number(count);
  }
  const answered = Object.values(statusCounts).reduce((a, b) => a + b, 0);
  return {
    name: target.name,
    rps: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's `errors` already include its timeouts.
    errors: unexpected + result.errors,
    statusCounts,
    total: answered,
    cpuMsPerRequest: null,
  };
}

/** A warm-up (discarded), then the measured run. */
export async function measure(target: Target): Promise<Measurement> {
  const warm = await run(target, { duration: Math.max(WARM_UP_SECONDS, target.warmUpSeconds ?? 0) });
  await target.afterWarmUp?.();
  const warmRps = warm.requests.total / warm.duration;
  // Half as many again as the warm-up's rate asks for: the run lasts at least SECONDS even if it goes faster.
  const cpuBefore = target.cpuSeconds?.();
  const result = await run(
    target,
    target.exactCount ? { amount: Math.max(CONNECTIONS, Math.ceil(warmRps * SECONDS * 1.5)) } : { duration: SECONDS },
  );
  const measured = summarize(target, result);
  const cpu = cpuBefore === undefined ? null : target.cpuSeconds!() - cpuBefore;
  return { ...measured, cpuMsPerRequest: cpu === null || measured.total === 0 ? null : (1000 * cpu) / measured.total };
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (n: number, digits = 0) => n.toFixed(digits).padStart(8);

export function formatLine(m: Measurement, limit: Measurement | null, extra = ''): string {
  const ratio = limit ? `${((100 * m.rps) / limit.rps).toFixed(1).padStart(5)}% of bare` : '';
  const cpu = m.cpuMsPerRequest === null ? '' : `  cpu ${m.cpuMsPerRequest.toFixed(3)} ms/req`;
  return `${pad(m.name, 62)} ${num(m.rps)} req/s  p50 ${num(m.p50)} ms  p99 ${num(m.p99)} ms  errors ${String(m.errors).padStart(4)}  ${ratio}${cpu}${extra}`;
}
