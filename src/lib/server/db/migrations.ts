import { sql, type Kysely, type Migration } from 'kysely';

// Forward-only. Each migration must run on SQLite and PostgreSQL alike: use portable column types
// (text, integer, bigint) and Kysely's schema builder rather than dialect SQL.
export const migrations: Record<string, Migration> = {
	'0001_helpful_votes': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('helpful_votes')
				.addColumn('article_id', 'text', (c) => c.notNull())
				.addColumn('visitor_hash', 'text', (c) => c.notNull())
				.addColumn('locale', 'text', (c) => c.notNull())
				.addColumn('helpful', 'integer', (c) => c.notNull().check(sql`helpful in (0, 1)`))
				.addColumn('created_at', 'bigint', (c) => c.notNull())
				.addColumn('updated_at', 'bigint', (c) => c.notNull())
				.addPrimaryKeyConstraint('helpful_votes_pk', ['article_id', 'visitor_hash'])
				.execute();
			await db.schema
				.createIndex('helpful_votes_article')
				.on('helpful_votes')
				.column('article_id')
				.execute();
		}
	}
};

migrations['0002_search_events'] = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('search_events')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('locale', 'text', (c) => c.notNull())
			// masked before storage (see $lib/search/privacy.ts)
			.addColumn('query', 'text', (c) => c.notNull())
			.addColumn('results', 'integer', (c) => c.notNull())
			.addColumn('opened_article', 'text')
			// a random id per browser tab: lets the contact form attach this visit's searches to a ticket
			.addColumn('visit_id', 'text')
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createIndex('search_events_created')
			.on('search_events')
			.column('created_at')
			.execute();
		await db.schema
			.createIndex('search_events_visit')
			.on('search_events')
			.column('visit_id')
			.execute();
	}
};
