import { type Kysely, type Migration } from 'kysely';
import { addColumns, createIndex } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// a reply sent twice (double click, a resent form) is stored once: the form's key, per ticket and author
		await addColumns(db, 'ticket_messages', { idempotency_key: 'text' });
		await createIndex(
			db,
			'ticket_messages_idempotency',
			'ticket_messages',
			['ticket_id', 'author_id', 'idempotency_key'],
			true
		);
	}
};
