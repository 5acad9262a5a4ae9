// The first migrations: votes, users and sessions, the outbox and settings.
import { sql, type Kysely, type Migration } from 'kysely';
import { createIndex, ownedBy } from './build';

export const first: Record<string, Migration> = {
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
			await createIndex(db, 'helpful_votes_article', 'helpful_votes', ['article_id']);
		}
	}
};

first['0002_search_events'] = {
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
		await createIndex(db, 'search_events_created', 'search_events', ['created_at']);
		await createIndex(db, 'search_events_visit', 'search_events', ['visit_id']);
	}
};

first['0003_accounts'] = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('users')
			.addColumn('id', 'text', (c) => c.primaryKey())
			// lowercased; null once the account is deleted (its tickets stay, anonymised)
			.addColumn('email', 'text', (c) => c.unique())
			.addColumn('email_verified_at', 'bigint')
			.addColumn('name', 'text', (c) => c.notNull())
			.addColumn('password_hash', 'text')
			.addColumn('locale', 'text', (c) => c.notNull())
			.addColumn('role', 'text', (c) =>
				c.notNull().check(sql`role in ('customer', 'agent', 'admin')`)
			)
			.addColumn('shop_name', 'text')
			.addColumn('shop_url', 'text')
			.addColumn('phone', 'text')
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('deleted_at', 'bigint')
			.execute();
		// Lucia's model: the cookie holds "<id>.<secret>"; only the secret's SHA-256 is stored.
		await db.schema
			.createTable('sessions')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('secret_hash', 'text', (c) => c.notNull())
			.addColumn('user_id', 'text', ownedBy('users.id'))
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('expires_at', 'bigint', (c) => c.notNull())
			.addColumn('refreshed_at', 'bigint', (c) => c.notNull())
			.execute();
		await createIndex(db, 'sessions_user', 'sessions', ['user_id']);
		// single-use tokens sent by email (verify, reset, email change); only their SHA-256 is stored
		await db.schema
			.createTable('user_tokens')
			.addColumn('token_hash', 'text', (c) => c.primaryKey())
			.addColumn('user_id', 'text', ownedBy('users.id'))
			.addColumn('kind', 'text', (c) =>
				c.notNull().check(sql`kind in ('verify', 'reset', 'email')`)
			)
			.addColumn('new_email', 'text')
			// where the reader was going before they had to sign up or log in (a validated same-site path)
			.addColumn('next_path', 'text')
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('expires_at', 'bigint', (c) => c.notNull())
			.addColumn('used_at', 'bigint')
			.execute();
		// counters for throttling, in the database so every app server sees the same ones
		await db.schema
			.createTable('rate_limits')
			.addColumn('key', 'text', (c) => c.primaryKey())
			.addColumn('count', 'integer', (c) => c.notNull())
			.addColumn('window_start', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createTable('outbox')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('to_address', 'text', (c) => c.notNull())
			.addColumn('subject', 'text', (c) => c.notNull())
			.addColumn('text_body', 'text', (c) => c.notNull())
			.addColumn('html_body', 'text', (c) => c.notNull())
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
			.addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
			// a worker claims a message until this time, so two app servers never send it twice
			.addColumn('locked_until', 'bigint', (c) => c.notNull().defaultTo(0))
			.addColumn('sent_at', 'bigint')
			.addColumn('last_error', 'text')
			.execute();
		await createIndex(db, 'outbox_due', 'outbox', ['sent_at', 'next_attempt_at']);
		await db.schema
			.createTable('settings')
			.addColumn('key', 'text', (c) => c.primaryKey())
			.addColumn('value', 'text', (c) => c.notNull())
			.execute();
	}
};
