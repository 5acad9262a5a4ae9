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
