// The first migrations: votes, users and sessions, the outbox and settings.
import type { Kysely, Migration } from 'kysely';
import { createIndex, createTable } from './build';

export const first: Record<string, Migration> = {
	'0001_helpful_votes': {
		async up(db: Kysely<unknown>) {
			await createTable(
				db,
				'helpful_votes',
				{
					article_id: 'text not null',
					visitor_hash: 'text not null',
					locale: 'text not null',
					helpful: 'integer not null check (helpful in (0, 1))',
					created_at: 'bigint not null',
					updated_at: 'bigint not null'
				},
				{ helpful_votes_pk: 'primary key (article_id, visitor_hash)' }
			);
			await createIndex(db, 'helpful_votes_article', 'helpful_votes', ['article_id']);
		}
	}
};

first['0002_search_events'] = {
	async up(db: Kysely<unknown>) {
		await createTable(db, 'search_events', {
			id: 'text primary key',
			locale: 'text not null',
			// masked before storage (see $lib/search/privacy.ts)
			query: 'text not null',
			results: 'integer not null',
			opened_article: 'text',
			// a random id per browser tab: lets the contact form attach this visit's searches to a ticket
			visit_id: 'text',
			created_at: 'bigint not null'
		});
		await createIndex(db, 'search_events_created', 'search_events', ['created_at']);
		await createIndex(db, 'search_events_visit', 'search_events', ['visit_id']);
	}
};

first['0003_accounts'] = {
	async up(db: Kysely<unknown>) {
		await createTable(db, 'users', {
			id: 'text primary key',
			// lowercased; null once the account is deleted (its tickets stay, anonymised)
			email: 'text unique',
			email_verified_at: 'bigint',
			name: 'text not null',
			password_hash: 'text',
			locale: 'text not null',
			role: "text not null check (role in ('customer', 'agent', 'admin'))",
			shop_name: 'text',
			shop_url: 'text',
			phone: 'text',
			created_at: 'bigint not null',
			deleted_at: 'bigint'
		});
		// Lucia's model: the cookie holds "<id>.<secret>"; only the secret's SHA-256 is stored.
		await createTable(db, 'sessions', {
			id: 'text primary key',
			secret_hash: 'text not null',
			user_id: 'text not null references users(id) on delete cascade',
			created_at: 'bigint not null',
			expires_at: 'bigint not null',
			refreshed_at: 'bigint not null'
		});
		await createIndex(db, 'sessions_user', 'sessions', ['user_id']);
		// single-use tokens sent by email (verify, reset, email change); only their SHA-256 is stored
		await createTable(db, 'user_tokens', {
			token_hash: 'text primary key',
			user_id: 'text not null references users(id) on delete cascade',
			kind: "text not null check (kind in ('verify', 'reset', 'email'))",
			new_email: 'text',
			// where the reader was going before they had to sign up or log in (a validated same-site path)
			next_path: 'text',
			created_at: 'bigint not null',
			expires_at: 'bigint not null',
			used_at: 'bigint'
		});
		// counters for throttling, in the database so every app server sees the same ones
		await createTable(db, 'rate_limits', {
			key: 'text primary key',
			count: 'integer not null',
			window_start: 'bigint not null'
		});
		await createTable(db, 'outbox', {
			id: 'text primary key',
			to_address: 'text not null',
			subject: 'text not null',
			text_body: 'text not null',
			html_body: 'text not null',
			created_at: 'bigint not null',
			attempts: 'integer default 0 not null',
			next_attempt_at: 'bigint not null',
			// a worker claims a message until this time, so two app servers never send it twice
			locked_until: 'bigint default 0 not null',
			sent_at: 'bigint',
			last_error: 'text'
		});
		await createIndex(db, 'outbox_due', 'outbox', ['sent_at', 'next_attempt_at']);
		await createTable(db, 'settings', { key: 'text primary key', value: 'text not null' });
	}
};
