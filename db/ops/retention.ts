import { lt, sql } from 'drizzle-orm';
import { config } from '@/lib/config';
import { writeTransaction, type Db } from '..';
import { interviewRequests, outboxMessages } from '../schema';

/** How long journalists' requests are kept; `REQUEST_RETENTION_DAYS`, default one year. */
export function retentionDays(): number {
  return config().REQUEST_RETENTION_DAYS;
}

/**
 * Deletes requests created before the cut-off with their history, addressees and
 * e-mails (which repeat the journalist's details). Unsent mail goes too: it is that old.
 */
export function purgeOldRequests(db: Db, days: number, now = new Date()): number {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return writeTransaction(db, (tx) => {
    tx.delete(outboxMessages)
      .where(
        sql`${outboxMessages.requestId} in (select id from ${interviewRequests} where ${interviewRequests.createdAt} < ${cutoff.getTime()})`,
      )
      .run();
    return tx.delete(interviewRequests).where(lt(interviewRequests.createdAt, cutoff)).run().changes;
  });
}
