import { sql, type Kysely, type Migration } from 'kysely';
import { addColumns, createIndex, createTable } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		await createTable(db, 'teams', {
			id: 'text primary key',
			name: 'text not null unique',
			// JSON arrays: the locales the team answers, the FAQ categories it knows (empty = all)
			languages: 'text not null',
			categories: 'text not null',
			created_at: 'bigint not null'
		});
		await createTable(
			db,
			'team_members',
			{
				team_id: 'text not null references teams(id) on delete cascade',
				user_id: 'text not null references users(id) on delete cascade'
			},
			{ team_members_pk: 'primary key (team_id, user_id)' }
		);
		await addColumns(db, 'tickets', {
			// null = automatic order; an agent's choice overrides it
			priority: 'text',
			assignee_id: 'text',
			team_id: 'text',
			// since when the customer has been waiting for an agent's answer (null: nobody is waiting on us)
			awaiting_since: 'bigint',
			// when the next agent response is due under the service-hours SLA
			due_at: 'bigint',
			first_response_at: 'bigint',
			solved_at: 'bigint',
			reopen_count: 'integer default 0 not null',
			agent_replies: 'integer default 0 not null',
			// a structured call-back window (the free-text callback_window stays as the customer's note)
			callback_start: 'bigint',
			callback_end: 'bigint',
			callback_tz: 'text',
			callback_state: 'text'
		});
		await sql`update tickets set awaiting_since = created_at where status in ('new', 'open')`.execute(
			db
		);
		await sql`update tickets set callback_state = 'requested' where callback_phone is not null`.execute(
			db
		);
		await createIndex(db, 'tickets_status', 'tickets', ['status']);
		await createIndex(db, 'tickets_assignee', 'tickets', ['assignee_id']);
		await createIndex(db, 'tickets_created', 'tickets', ['created_at']);
		await addColumns(db, 'users', { time_zone: 'text' });
		await createTable(db, 'ticket_events', {
			id: 'text primary key',
			ticket_id: 'text not null references tickets(id) on delete cascade',
			actor_id: 'text',
			// status, priority, assign, reply, note, customer_reply, callback, closed_auto …
			kind: 'text not null',
			data: 'text not null',
			// the ticket's version after this event: a stale editor is shown the events after the one they saw
			version: 'integer not null',
			created_at: 'bigint not null'
		});
		await createIndex(db, 'ticket_events_ticket', 'ticket_events', ['ticket_id', 'version']);
		await createIndex(db, 'ticket_events_kind', 'ticket_events', ['kind', 'created_at']);
		await createTable(
			db,
			'canned_answers',
			{
				id: 'text primary key',
				locale: 'text not null',
				title: 'text not null',
				body: 'text not null',
				created_by: 'text',
				created_at: 'bigint not null',
				updated_at: 'bigint not null'
			},
			{ canned_answers_title: 'unique (locale, title)' }
		);
	}
};
