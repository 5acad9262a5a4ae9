import type { Kysely, Migration } from 'kysely';
import { addColumns } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// a message queued as what it is about (JSON), written in the recipient's language by the mail worker
		// when it sends it, so that writing it is not part of the request that queued it (issue 14)
		await addColumns(db, 'outbox', { facts: 'text' });
	}
};
