import { getDb } from '@/db';
import { checkHealth } from '@/db/ops/health';
import { config } from '@/lib/config';
import { smtpUrl } from '@/lib/mail/transport';

export const dynamic = 'force-dynamic';

/**
 * For the load balancer and monitoring: 200 while pages are served (`status` "ok", or "degraded"
 * while writes wait for another process's lock), 503 otherwise; public, holds no personal data.
 */
export function GET() {
  const health = checkHealth(getDb, {
    smtpConfigured: smtpUrl() !== null,
    outboxMaxAgeMs: config().OUTBOX_ALERT_AFTER_MS,
  });
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store, max-age=0' } });
}
