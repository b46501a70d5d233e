/** `npm run requests:purge`: deletes interview requests older than REQUEST_RETENTION_DAYS (default 365). */
import { databasePath, openDatabase } from '@/db';
import { purgeOldRequests, retentionDays } from '@/db/ops/retention';

const days = retentionDays();
const db = openDatabase(databasePath());
const deleted = purgeOldRequests(db, days);
db.$client.close();
console.log(`Deleted ${deleted} interview request${deleted === 1 ? '' : 's'} older than ${days} days.`);
