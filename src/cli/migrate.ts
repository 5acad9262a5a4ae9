// npm run db:migrate: bring the configured database (DATABASE_URL, else DATA_DIR/svar.db) to the latest
// migration. The server does the same at start-up; this is for deploy pipelines.
import { getDb } from '../lib/server/db/index.ts';

const db = await getDb();
console.log('database migrated to the latest version');
await db.destroy();
