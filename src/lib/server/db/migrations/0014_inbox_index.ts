import { sql, type Kysely, type Migration } from 'kysely';
import { addColumns, createIndex } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// an unfinished ticket carries its customer's recent-ticket count, so the default inbox (new and open) can
		// be read from one index in the inbox order (db/queue.ts): the first rows, not all of them sorted. The
		// ranks are tickets/queue.ts's PRIORITY_RANK; were they to change, the index would go unused (not wrong).
		// Set for every ticket by the next refresh of the counts (recent_since is null until then).
		await addColumns(db, 'tickets', { recent_tickets: 'integer default 1 not null' });
		await sql`create index tickets_inbox on tickets (
			(case when priority = 'urgent' then 0 when priority = 'high' then 1 when priority = 'low' then 3 else 2 end),
			recent_tickets, (awaiting_since is null), awaiting_since, (due_at is null), due_at, created_at, ref
		) where status in ('new', 'open')`.execute(db);
		await sql`update users set recent_since = null`.execute(db);
		// the counts that no longer hold are found before every inbox read; call-backs are few
		await createIndex(db, 'users_recent_oldest', 'users', ['recent_oldest']);
		await createIndex(db, 'users_recent_since', 'users', ['recent_since']);
		await createIndex(db, 'tickets_callback', 'tickets', ['callback_state']);
	}
};
