// npm run db:migrate: bring the configured database (DATABASE_URL, else DATA_DIR/svar.db) to the latest
// migration. A Node server does the same at start-up; serverless functions never do (a cold start would pay for
// it): this is their deploy step, run before the new functions take traffic.
import { getDb } from '../lib/server/db/index.ts';

const db = await getDb({ migrate: true });
console.log('database migrated to the latest version');
await db.destroy();
