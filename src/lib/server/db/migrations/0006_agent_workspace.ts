import { sql, type Kysely, type Migration } from 'kysely';
import { createIndex, ownedBy } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('teams')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('name', 'text', (c) => c.notNull().unique())
			// JSON arrays: the locales the team answers, the FAQ categories it knows (empty = all)
			.addColumn('languages', 'text', (c) => c.notNull())
			.addColumn('categories', 'text', (c) => c.notNull())
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await db.schema
			.createTable('team_members')
			.addColumn('team_id', 'text', ownedBy('teams.id'))
			.addColumn('user_id', 'text', ownedBy('users.id'))
			.addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
			.execute();
		const ticketColumns: [string, 'text' | 'bigint' | 'integer', boolean][] = [
			// null = automatic order; an agent's choice overrides it
			['priority', 'text', false],
			['assignee_id', 'text', false],
			['team_id', 'text', false],
			// since when the customer has been waiting for an agent's answer (null: nobody is waiting on us)
			['awaiting_since', 'bigint', false],
			// when the next agent response is due under the service-hours SLA
			['due_at', 'bigint', false],
			['first_response_at', 'bigint', false],
			['solved_at', 'bigint', false],
			['reopen_count', 'integer', true],
			['agent_replies', 'integer', true],
			// a structured call-back window (the free-text callback_window stays as the customer's note)
			['callback_start', 'bigint', false],
			['callback_end', 'bigint', false],
			['callback_tz', 'text', false],
			['callback_state', 'text', false]
		];
		for (const [name, type, counter] of ticketColumns)
			await db.schema
				.alterTable('tickets')
				.addColumn(name, type, (c) => (counter ? c.notNull().defaultTo(0) : c))
				.execute();
		await sql`update tickets set awaiting_since = created_at where status in ('new', 'open')`.execute(
			db
		);
		await sql`update tickets set callback_state = 'requested' where callback_phone is not null`.execute(
			db
		);
		await createIndex(db, 'tickets_status', 'tickets', ['status']);
		await createIndex(db, 'tickets_assignee', 'tickets', ['assignee_id']);
		await createIndex(db, 'tickets_created', 'tickets', ['created_at']);
		await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
		await db.schema
			.createTable('ticket_events')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('ticket_id', 'text', ownedBy('tickets.id'))
			.addColumn('actor_id', 'text')
			// status, priority, assign, reply, note, customer_reply, callback, closed_auto …
			.addColumn('kind', 'text', (c) => c.notNull())
			.addColumn('data', 'text', (c) => c.notNull())
			// the ticket's version after this event: a stale editor is shown the events after the one they saw
			.addColumn('version', 'integer', (c) => c.notNull())
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.execute();
		await createIndex(db, 'ticket_events_ticket', 'ticket_events', ['ticket_id', 'version']);
		await createIndex(db, 'ticket_events_kind', 'ticket_events', ['kind', 'created_at']);
		await db.schema
			.createTable('canned_answers')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('locale', 'text', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('body', 'text', (c) => c.notNull())
			.addColumn('created_by', 'text')
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('updated_at', 'bigint', (c) => c.notNull())
			.addUniqueConstraint('canned_answers_title', ['locale', 'title'])
			.execute();
	}
};
