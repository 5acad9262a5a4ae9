import { type Kysely, type Migration } from 'kysely';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// when the outbox stopped retrying a message that kept failing; admins see it and may try again
		await db.schema.alterTable('outbox').addColumn('failed_at', 'bigint').execute();
	}
};
