import type { Kysely, Migration } from 'kysely';
import { addColumns, createIndex } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// the inbox is sorted and cut in SQL (issue 14): how often a customer wrote lately is kept on the customer,
		// unset until first counted (until then the inbox counts it as it sorts, through the index below)
		await addColumns(db, 'users', {
			recent_tickets: 'integer default 0 not null',
			recent_since: 'bigint',
			recent_oldest: 'bigint'
		});
		await createIndex(db, 'tickets_user_created', 'tickets', ['user_id', 'created_at']);
	}
};
