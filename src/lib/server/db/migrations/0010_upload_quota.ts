import { type Kysely, type Migration } from 'kysely';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// the storage quota sums an account's files through the messages it wrote
		await db.schema
			.createIndex('ticket_messages_author')
			.on('ticket_messages')
			.column('author_id')
			.execute();
	}
};
