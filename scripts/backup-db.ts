/** `npm run db:backup -- <file>`: an online backup of DATABASE_URL while the server keeps running. */
import { databasePath } from '@/db';
import { backupDatabase } from '@/db/ops/backup';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run db:backup -- <file>   (copies the database named by DATABASE_URL)');
  process.exit(2);
}
try {
  console.log(JSON.stringify(await backupDatabase(databasePath(), target)));
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
