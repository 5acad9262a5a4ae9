import { sql, type Kysely } from 'kysely';

/** Binary columns: BLOB on SQLite, BYTEA on PostgreSQL (the schema builder has no portable name for it). */
export function binary(db: Kysely<unknown>) {
	return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')
		? sql`bytea`
		: sql`blob`;
}
