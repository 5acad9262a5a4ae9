import type { Kysely, Migration } from 'kysely';
import { createIndex, createTable } from './build';

export const migration: Migration = {
	// The reports read running figures kept as tickets and surveys change (db/report-facts.ts, issue 14) rather
	// than every ticket of the period. Built here from the data found; the rebuild writes only these tables, so
	// a later migration that changes them must fill them with its own code.
	async up(db: Kysely<unknown>) {
		await createTable(db, 'report_tickets', {
			ticket_id: 'text primary key references tickets(id) on delete cascade',
			created_at: 'bigint not null',
			locale: 'text not null',
			team_id: 'text',
			assignee_id: 'text',
			category: 'text',
			article_id: 'text',
			status: 'text not null',
			reopen_count: 'integer not null',
			agent_replies: 'integer not null',
			first_response_at: 'bigint',
			first_due_at: 'bigint',
			solved_at: 'bigint',
			// business milliseconds under the service hours, from creation to the first response and to solved
			first_response_ms: 'bigint',
			resolution_ms: 'bigint'
		});
		await createIndex(db, 'report_tickets_created', 'report_tickets', ['created_at']);
		// '' stands for none in these keys
		await createTable(
			db,
			'report_answers',
			{
				day: 'text not null',
				locale: 'text not null',
				team_id: 'text not null',
				assignee_id: 'text not null',
				category: 'text not null',
				question: 'text not null',
				value: 'integer not null',
				n: 'integer not null'
			},
			{
				report_answers_pk:
					'primary key (day, locale, team_id, assignee_id, category, question, value)'
			}
		);
		await createTable(
			db,
			'report_replies',
			{
				day: 'text not null',
				locale: 'text not null',
				team_id: 'text not null',
				measured: 'integer not null',
				on_time: 'integer not null'
			},
			{ report_replies_pk: 'primary key (day, locale, team_id)' }
		);
		// what the summary still counts live: who waits past their due time, and tickets against deflections
		await createIndex(db, 'tickets_awaiting', 'tickets', ['awaiting_since']);
		await createIndex(db, 'deflection_events_event', 'deflection_events', ['event', 'created_at']);
	}
};
