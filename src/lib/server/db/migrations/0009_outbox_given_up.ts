import type { Kysely, Migration } from 'kysely';
import { addColumns } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// when the outbox stopped retrying a message that kept failing; admins see it and may try again
		await addColumns(db, 'outbox', { failed_at: 'bigint' });
	}
};
