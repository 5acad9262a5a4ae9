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

migrations['0003_accounts'] = {
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
			.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('expires_at', 'bigint', (c) => c.notNull())
			.addColumn('refreshed_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
		// single-use tokens sent by email (verify, reset, email change); only their SHA-256 is stored
		await db.schema
			.createTable('user_tokens')
			.addColumn('token_hash', 'text', (c) => c.primaryKey())
			.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
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
		await db.schema
			.createIndex('outbox_due')
			.on('outbox')
			.columns(['sent_at', 'next_attempt_at'])
			.execute();
		await db.schema
			.createTable('settings')
			.addColumn('key', 'text', (c) => c.primaryKey())
			.addColumn('value', 'text', (c) => c.notNull())
			.execute();
	}
};

/** Binary columns: BLOB on SQLite, BYTEA on PostgreSQL (the schema builder has no portable name for it). */
function binary(db: Kysely<unknown>) {
	return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')
		? sql`bytea`
		: sql`blob`;
}

migrations['0004_tickets'] = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('tickets')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('number', 'integer', (c) => c.notNull().unique())
			.addColumn('ref', 'text', (c) => c.notNull().unique())
			.addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
			.addColumn('subject', 'text', (c) => c.notNull())
			.addColumn('status', 'text', (c) =>
				c.notNull().check(sql`status in ('new', 'open', 'pending', 'solved', 'closed')`)
			)
			.addColumn('locale', 'text', (c) => c.notNull())
			.addColumn('category', 'text')
			// the article the customer was reading, and its `updated` version at that moment
			.addColumn('article_id', 'text')
			.addColumn('article_locale', 'text')
			.addColumn('article_updated', 'text')
			.addColumn('callback_phone', 'text')
			.addColumn('callback_window', 'text')
			// what the customer searched and read in this visit before writing (JSON), for the agent only
			.addColumn('context', 'text')
			.addColumn('idempotency_key', 'text')
			.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('updated_at', 'bigint', (c) => c.notNull())
			.addUniqueConstraint('tickets_idempotency', ['user_id', 'idempotency_key'])
			.execute();
		await db.schema
			.createIndex('tickets_user')
			.on('tickets')
			.columns(['user_id', 'updated_at'])
			.execute();
		await db.schema
			.createTable('ticket_messages')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('ticket_id', 'text', (c) =>
				c.notNull().references('tickets.id').onDelete('cascade')
			)
			.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
			.addColumn('body', 'text', (c) => c.notNull())
			.addColumn('internal', 'integer', (c) => c.notNull().defaultTo(0))
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createIndex('ticket_messages_ticket')
			.on('ticket_messages')
			.columns(['ticket_id', 'created_at'])
			.execute();
		await db.schema
			.createTable('attachments')
			// random and unguessable, but access is checked anyway: the id alone grants nothing
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('ticket_id', 'text', (c) =>
				c.notNull().references('tickets.id').onDelete('cascade')
			)
			.addColumn('message_id', 'text', (c) =>
				c.notNull().references('ticket_messages.id').onDelete('cascade')
			)
			.addColumn('filename', 'text', (c) => c.notNull())
			// sniffed from the content, never taken from the upload's name or declared type
			.addColumn('content_type', 'text', (c) => c.notNull())
			.addColumn('size', 'integer', (c) => c.notNull())
			.addColumn('data', binary(db), (c) => c.notNull())
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createIndex('attachments_message')
			.on('attachments')
			.column('message_id')
			.execute();
		await db.schema
			.createTable('deflection_events')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('locale', 'text', (c) => c.notNull())
			.addColumn('article_id', 'text')
			.addColumn('event', 'text', (c) =>
				c.notNull().check(sql`event in ('suggested', 'opened', 'solved', 'ticket')`)
			)
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createIndex('deflection_events_created')
			.on('deflection_events')
			.column('created_at')
			.execute();
	}
};

migrations['0005_ticket_counter'] = {
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

migrations['0006_agent_workspace'] = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('teams')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('name', 'text', (c) => c.notNull().unique())
			// JSON arrays: the locales the team answers, the FAQ categories it knows (empty = all)
			.addColumn('languages', 'text', (c) => c.notNull())
			.addColumn('categories', 'text', (c) => c.notNull())
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createTable('team_members')
			.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
			.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
			.addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
			.execute();
		const ticketColumns: [string, 'text' | 'bigint' | 'integer', boolean][] = [
			// null = automatic order; an agent's choice overrides it
			['priority', 'text', false],
			['assignee_id', 'text', false],
			['team_id', 'text', false],
			// since when the customer has been waiting for an agent's answer (null: nobody is waiting on us)
			['awaiting_since', 'bigint', false],
			// when the next agent response is due under the service-hours SLA
			['due_at', 'bigint', false],
			['first_response_at', 'bigint', false],
			['solved_at', 'bigint', false],
			['reopen_count', 'integer', true],
			['agent_replies', 'integer', true],
			// a structured call-back window (the free-text callback_window stays as the customer's note)
			['callback_start', 'bigint', false],
			['callback_end', 'bigint', false],
			['callback_tz', 'text', false],
			['callback_state', 'text', false]
		];
		for (const [name, type, counter] of ticketColumns)
			await db.schema
				.alterTable('tickets')
				.addColumn(name, type, (c) => (counter ? c.notNull().defaultTo(0) : c))
				.execute();
		await sql`update tickets set awaiting_since = created_at where status in ('new', 'open')`.execute(
			db
		);
		await sql`update tickets set callback_state = 'requested' where callback_phone is not null`.execute(
			db
		);
		await db.schema.createIndex('tickets_status').on('tickets').columns(['status']).execute();
		await db.schema
			.createIndex('tickets_assignee')
			.on('tickets')
			.columns(['assignee_id'])
			.execute();
		await db.schema.createIndex('tickets_created').on('tickets').columns(['created_at']).execute();
		await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
		await db.schema
			.createTable('ticket_events')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('ticket_id', 'text', (c) =>
				c.notNull().references('tickets.id').onDelete('cascade')
			)
			.addColumn('actor_id', 'text')
			// status, priority, assign, reply, note, customer_reply, callback, closed_auto …
			.addColumn('kind', 'text', (c) => c.notNull())
			.addColumn('data', 'text', (c) => c.notNull())
			// the ticket's version after this event: a stale editor is shown the events after the one they saw
			.addColumn('version', 'integer', (c) => c.notNull())
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createIndex('ticket_events_ticket')
			.on('ticket_events')
			.columns(['ticket_id', 'version'])
			.execute();
		await db.schema
			.createIndex('ticket_events_kind')
			.on('ticket_events')
			.columns(['kind', 'created_at'])
			.execute();
		await db.schema
			.createTable('canned_answers')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('locale', 'text', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('body', 'text', (c) => c.notNull())
			.addColumn('created_by', 'text')
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('updated_at', 'bigint', (c) => c.notNull())
			.addUniqueConstraint('canned_answers_title', ['locale', 'title'])
			.execute();
	}
};

migrations['0007_measure'] = {
	async up(db: Kysely<unknown>) {
		// the first response's due time as promised when the ticket came in (due_at moves with the conversation)
		await db.schema.alterTable('tickets').addColumn('first_due_at', 'bigint').execute();
		await sql`update tickets set first_due_at = due_at where first_response_at is null`.execute(db);
		await db.schema
			.createTable('surveys')
			.addColumn('id', 'text', (c) => c.primaryKey())
			// one survey per solved ticket
			.addColumn('ticket_id', 'text', (c) =>
				c.notNull().unique().references('tickets.id').onDelete('cascade')
			)
			.addColumn('user_id', 'text', (c) => c.notNull())
			.addColumn('locale', 'text', (c) => c.notNull())
			// what the ticket was when it was solved, so reports group answers by who and what
			.addColumn('assignee_id', 'text')
			.addColumn('team_id', 'text')
			.addColumn('category', 'text')
			// the emailed link is `id.secret`; only the secret's hash is kept, and it works once
			.addColumn('token_hash', 'text')
			.addColumn('edit_hash', 'text')
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('send_after', 'bigint', (c) => c.notNull())
			.addColumn('sent_at', 'bigint')
			.addColumn('expires_at', 'bigint')
			.addColumn('used_at', 'bigint')
			.addColumn('answered_at', 'bigint')
			.addColumn('updated_at', 'bigint')
			.addColumn('csat', 'integer')
			.addColumn('ces', 'integer')
			.addColumn('nps', 'integer')
			.addColumn('value_product', 'integer')
			.addColumn('value_confidence', 'integer')
			.addColumn('comment', 'text')
			.execute();
		await db.schema
			.createIndex('surveys_due')
			.on('surveys')
			.columns(['sent_at', 'send_after'])
			.execute();
		await db.schema
			.createIndex('surveys_answered')
			.on('surveys')
			.columns(['answered_at'])
			.execute();
		// anonymous counts of help-centre page views and visits per day (no cookies, no addresses)
		await db.schema
			.createTable('page_views')
			.addColumn('day', 'text', (c) => c.notNull())
			.addColumn('locale', 'text', (c) => c.notNull())
			.addColumn('article_id', 'text', (c) => c.notNull())
			.addColumn('views', 'integer', (c) => c.notNull())
			.addColumn('visits', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('page_views_pk', ['day', 'locale', 'article_id'])
			.execute();
	}
};

migrations['0008_reply_keys'] = {
	async up(db: Kysely<unknown>) {
		// a reply sent twice (double click, a resent form) is stored once: the form's key, per ticket and author
		await db.schema.alterTable('ticket_messages').addColumn('idempotency_key', 'text').execute();
		await db.schema
			.createIndex('ticket_messages_idempotency')
			.unique()
			.on('ticket_messages')
			.columns(['ticket_id', 'author_id', 'idempotency_key'])
			.execute();
	}
};
