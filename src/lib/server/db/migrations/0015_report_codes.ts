import { sql, type Kysely, type Migration } from 'kysely';
import type { DB } from '../index';
import { rebuildReportFacts } from '../report-rebuild';
import { createTable } from './build';

export const migration: Migration = {
	// A month of tickets is read as one text of small numbers (db/reports.ts ticketFacts): the values tickets are
	// grouped by become codes (report_codes), and SQLite keeps the facts in order of creation, so a period is
	// one run of the table. Filled here from the data found, as a change of the service hours fills it again.
	async up(db: Kysely<unknown>) {
		await createTable(db, 'report_codes', {
			code: 'integer primary key generated',
			value: 'text not null unique'
		});
		await sql`drop table report_tickets`.execute(db);
		await createTable(
			db,
			'report_tickets',
			{
				created_at: 'bigint not null',
				ticket_id: 'text not null unique references tickets(id) on delete cascade',
				// codes of report_codes; null for none
				locale: 'integer not null',
				team_id: 'integer',
				assignee_id: 'integer',
				category: 'integer',
				article_id: 'integer',
				// 0 new, 1 open, 2 pending, 3 solved, 4 closed
				status: 'integer not null',
				reopen_count: 'integer not null',
				agent_replies: 'integer not null',
				first_response_at: 'bigint',
				first_due_at: 'bigint',
				solved_at: 'bigint',
				// business milliseconds under the service hours, from creation to the first response and to solved
				first_response_ms: 'bigint',
				resolution_ms: 'bigint'
			},
			{ report_tickets_pk: 'primary key (created_at, ticket_id)' },
			{ clustered: true }
		);
		await rebuildReportFacts(db as unknown as DB);
	}
};
