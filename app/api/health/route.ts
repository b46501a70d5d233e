import { getDb } from '@/db';
import { checkHealth } from '@/db/ops/health';
import { smtpUrl } from '@/lib/mail/transport';

export const dynamic = 'force-dynamic';

/** For the load balancer and monitoring: 200 when healthy, 503 otherwise; public, holds no personal data. */
export function GET() {
  const health = checkHealth(getDb, {
    smtpConfigured: smtpUrl() !== null,
    outboxMaxAgeMs: Number(process.env.OUTBOX_ALERT_AFTER_MS ?? 30 * 60_000),
  });
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store, max-age=0' } });
}
