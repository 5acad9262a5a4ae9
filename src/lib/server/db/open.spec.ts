import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './index';
import { settings } from '../env';

describe('opening the database', () => {
	it('leaves migrations to the deploy step on serverless, and runs them at start elsewhere', async () => {
		expect(settings.serverless({ VERCEL: '1' })).toBe(true);
		expect(settings.serverless({ SVAR_SERVERLESS: '1' })).toBe(true);
		expect(settings.serverless({})).toBe(false);
		const cold = await openDatabase({ sqliteFile: ':memory:', migrate: false, serverless: true });
		expect(await cold.introspection.getTables()).toEqual([]);
		await cold.destroy();
		const started = await openDatabase({ sqliteFile: ':memory:' });
		expect((await started.introspection.getTables()).map((t) => t.name)).toContain('tickets');
		await started.destroy();
	});
});

const pgUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!pgUrl)('a PostgreSQL database', () => {
	it('prepares each statement the app sends with values once per connection, the first connection’s too', async () => {
		const schema = `svar_test_${randomBytes(6).toString('hex')}`;
		const db = await openDatabase({ databaseUrl: pgUrl!, pgSchema: schema });
		try {
			const admins = () =>
				db.selectFrom('users').select('id').where('role', '=', 'admin').execute();
			await admins();
			await admins();
			// the pool's one idle connection answers both, and the schema was made on it before them
			const prepared = await sql<{
				statement: string;
			}>`select statement from pg_prepared_statements`.execute(db);
			expect(prepared.rows.filter((r) => r.statement.includes('"role" = $1'))).toHaveLength(1);
		} finally {
			await sql.raw(`drop schema if exists ${schema} cascade`).execute(db);
			await db.destroy();
		}
	});
});
