import type { Kysely, Migration } from 'kysely';
import { createIndex, createTable } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		await createTable(
			db,
			'tickets',
			{
				id: 'text primary key',
				number: 'integer not null unique',
				ref: 'text not null unique',
				user_id: 'text not null references users(id)',
				subject: 'text not null',
				status: "text not null check (status in ('new', 'open', 'pending', 'solved', 'closed'))",
				locale: 'text not null',
				category: 'text',
				// the article the customer was reading, and its `updated` version at that moment
				article_id: 'text',
				article_locale: 'text',
				article_updated: 'text',
				callback_phone: 'text',
				callback_window: 'text',
				// what the customer searched and read in this visit before writing (JSON), for the agent only
				context: 'text',
				idempotency_key: 'text',
				version: 'integer default 1 not null',
				created_at: 'bigint not null',
				updated_at: 'bigint not null'
			},
			{ tickets_idempotency: 'unique (user_id, idempotency_key)' }
		);
		await createIndex(db, 'tickets_user', 'tickets', ['user_id', 'updated_at']);
		await createTable(db, 'ticket_messages', {
			id: 'text primary key',
			ticket_id: 'text not null references tickets(id) on delete cascade',
			author_id: 'text not null references users(id)',
			body: 'text not null',
			internal: 'integer default 0 not null',
			created_at: 'bigint not null'
		});
		await createIndex(db, 'ticket_messages_ticket', 'ticket_messages', ['ticket_id', 'created_at']);
		await createTable(db, 'attachments', {
			// random and unguessable, but access is checked anyway: the id alone grants nothing
			id: 'text primary key',
			ticket_id: 'text not null references tickets(id) on delete cascade',
			message_id: 'text not null references ticket_messages(id) on delete cascade',
			filename: 'text not null',
			// sniffed from the content, never taken from the upload's name or declared type
			content_type: 'text not null',
			size: 'integer not null',
			data: 'binary not null',
			created_at: 'bigint not null'
		});
		await createIndex(db, 'attachments_message', 'attachments', ['message_id']);
		await createTable(db, 'deflection_events', {
			id: 'text primary key',
			locale: 'text not null',
			article_id: 'text',
			event: "text not null check (event in ('suggested', 'opened', 'solved', 'ticket'))",
			created_at: 'bigint not null'
		});
		await createIndex(db, 'deflection_events_created', 'deflection_events', ['created_at']);
	}
};
