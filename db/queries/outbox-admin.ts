import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { outboxMessages } from '@/db/schema';

/** The newest e-mails first, whatever their state: without SMTP_URL this is where staff read them. */
export async function listOutbox(limit = 100) {
  return getDb().select().from(outboxMessages).orderBy(desc(outboxMessages.id)).limit(limit).all();
}

/** Makes a pending message due now; a sent one is never sent again. */
export function retryOutboxMessage(id: number): boolean {
  const result = getDb()
    .update(outboxMessages)
    .set({ nextAttemptAt: new Date() })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'pending')))
    .run();
  return result.changes === 1;
}
