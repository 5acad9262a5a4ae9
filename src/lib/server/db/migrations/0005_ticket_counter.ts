import { sql, type Kysely, type Migration } from 'kysely';

export const migration: Migration = {
	// Ticket numbers from a counter row (UPDATE … RETURNING takes a row lock), not max(number) + 1, which
	// concurrent transactions on PostgreSQL read alike and then collide on.
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('counters')
			.addColumn('name', 'text', (c) => c.primaryKey())
			.addColumn('value', 'integer', (c) => c.notNull())
			.execute();
		await sql`insert into counters (name, value) select 'ticket', coalesce(max(number), 1000) from tickets`.execute(
			db
		);
	}
};
