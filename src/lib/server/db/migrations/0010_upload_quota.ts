import type { Kysely, Migration } from 'kysely';
import { createIndex } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// the storage quota sums an account's files through the messages it wrote
		await createIndex(db, 'ticket_messages_author', 'ticket_messages', ['author_id']);
	}
};
