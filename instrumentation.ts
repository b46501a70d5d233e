import type { Instrumentation } from 'next';
import { flagResponse, isDatabaseBusy, isMalformedActionPayload, REQUEST_ID_HEADER } from './lib/http/unavailable';
import { onShutdown } from './lib/server/shutdown';

/**
 * Runs once when the server starts: the outbox worker lives here, inside Next's own
 * module graph, so it shares the one database connection with the pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb, closeDb } = await import('./db');
  const { startOutboxWorker } = await import('./db/ops/outbox');
  const worker = startOutboxWorker(getDb);
  const { queueFreshnessReminders } = await import('./db/ops/freshness-reminders');
  const { purgeOldRequests, retentionDays } = await import('./db/ops/retention');
  const { sweepRateLimits } = await import('./db/writes/rate-limit');
  const { sweepRequestDrafts } = await import('./db/writes/request-drafts');
  const attempt = (what: string, job: () => unknown) => {
    try {
      job();
    } catch (error) {
      console.error(`Could not ${what}:`, error);
    }
  };
  // Reminders are idempotent per contact and period, so running them at each start and twice a day
  // is safe; the retention period is kept without anyone having to run requests:purge.
  const housekeeping = () => {
    attempt('queue freshness reminders', () => queueFreshnessReminders(getDb()));
    attempt('delete requests past their retention period', () => purgeOldRequests(getDb(), retentionDays()));
  };
  housekeeping();
  const reminders = setInterval(housekeeping, 12 * 60 * 60 * 1000);
  reminders.unref();
  // Rate-limit hits hold a digest of a client's address, drafts what a journalist typed: neither outlives its hour.
  // Deadline reminders are due 2 hours before a deadline, to the minute: a cheap indexed look every minute.
  const { queueDeadlineReminders } = await import('./db/ops/deadline-reminders');
  const deadlines = () =>
    attempt('queue deadline reminders', () => queueDeadlineReminders(getDb()) > 0 && worker.kick());
  deadlines();
  const deadlineTimer = setInterval(deadlines, 60_000);
  deadlineTimer.unref();
  const sweep = setInterval(() => {
    attempt('sweep rate-limit hits', () => sweepRateLimits(getDb()));
    attempt('sweep request drafts', () => sweepRequestDrafts(getDb()));
  }, 10 * 60_000);
  sweep.unref();
  // Pages carry each person's status in their HTML: lib/server/server.ts makes them again whenever anyone's
  // changes (it also tells nginx how long it may keep them).
  // Called by lib/server/server.ts after the last request has finished.
  onShutdown(async () => {
    clearInterval(reminders);
    clearInterval(deadlineTimer);
    clearInterval(sweep);
    await worker.stop();
    closeDb();
  });
}

/**
 * A page or route that hit a locked database answers 503 "try again", and an action request whose
 * framework fields were tampered with answers 400, instead of 500 (applied by lib/server/server.ts).
 */
export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  const header = request.headers[REQUEST_ID_HEADER];
  const id = Array.isArray(header) ? header[0] : header;
  if (isDatabaseBusy(error)) flagResponse(id, 503);
  // Next reports a no-JavaScript action's decoding error as a 'render' error, so go by the method.
  else if (request.method === 'POST' && isMalformedActionPayload(error)) flagResponse(id, 400);
  // A chunked body over serverActions.bodySizeLimit (lib/server/server.ts refuses those with a Content-Length).
  else if ((error as { statusCode?: unknown } | null)?.statusCode === 413) flagResponse(id, 413);
};
