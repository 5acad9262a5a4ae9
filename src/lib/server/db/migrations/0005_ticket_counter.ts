import { sql, type Kysely, type Migration } from 'kysely';
import { createTable } from './build';

export const migration: Migration = {
	// Ticket numbers from a counter row (UPDATE … RETURNING takes a row lock), not max(number) + 1, which
	// concurrent transactions on PostgreSQL read alike and then collide on.
	async up(db: Kysely<unknown>) {
		await createTable(db, 'counters', { name: 'text primary key', value: 'integer not null' });
		await sql`insert into counters (name, value) select 'ticket', coalesce(max(number), 1000) from tickets`.execute(
			db
		);
	}
};
