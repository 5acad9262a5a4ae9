import { sql, type Kysely, type Migration } from 'kysely';
import { binary, createIndex, ownedBy } from './build';

export const migration: Migration = {
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
		await createIndex(db, 'tickets_user', 'tickets', ['user_id', 'updated_at']);
		await db.schema
			.createTable('ticket_messages')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('ticket_id', 'text', ownedBy('tickets.id'))
			.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
			.addColumn('body', 'text', (c) => c.notNull())
			.addColumn('internal', 'integer', (c) => c.notNull().defaultTo(0))
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await createIndex(db, 'ticket_messages_ticket', 'ticket_messages', ['ticket_id', 'created_at']);
		await db.schema
			.createTable('attachments')
			// random and unguessable, but access is checked anyway: the id alone grants nothing
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('ticket_id', 'text', ownedBy('tickets.id'))
			.addColumn('message_id', 'text', ownedBy('ticket_messages.id'))
			.addColumn('filename', 'text', (c) => c.notNull())
			// sniffed from the content, never taken from the upload's name or declared type
			.addColumn('content_type', 'text', (c) => c.notNull())
			.addColumn('size', 'integer', (c) => c.notNull())
			.addColumn('data', binary(db), (c) => c.notNull())
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await createIndex(db, 'attachments_message', 'attachments', ['message_id']);
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
		await createIndex(db, 'deflection_events_created', 'deflection_events', ['created_at']);
	}
};
