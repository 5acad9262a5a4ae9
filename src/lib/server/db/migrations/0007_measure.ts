import { sql, type Kysely, type Migration } from 'kysely';
import { addColumns, createIndex, createTable } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// the first response's due time as promised when the ticket came in (due_at moves with the conversation)
		await addColumns(db, 'tickets', { first_due_at: 'bigint' });
		await sql`update tickets set first_due_at = due_at where first_response_at is null`.execute(db);
		await createTable(db, 'surveys', {
			id: 'text primary key',
			// one survey per solved ticket
			ticket_id: 'text not null unique references tickets(id) on delete cascade',
			user_id: 'text not null',
			locale: 'text not null',
			// what the ticket was when it was solved, so reports group answers by who and what
			assignee_id: 'text',
			team_id: 'text',
			category: 'text',
			// the emailed link is `id.secret`; only the secret's hash is kept, and it works once
			token_hash: 'text',
			edit_hash: 'text',
			created_at: 'bigint not null',
			send_after: 'bigint not null',
			sent_at: 'bigint',
			expires_at: 'bigint',
			used_at: 'bigint',
			answered_at: 'bigint',
			updated_at: 'bigint',
			csat: 'integer',
			ces: 'integer',
			nps: 'integer',
			value_product: 'integer',
			value_confidence: 'integer',
			comment: 'text'
		});
		await createIndex(db, 'surveys_due', 'surveys', ['sent_at', 'send_after']);
		await createIndex(db, 'surveys_answered', 'surveys', ['answered_at']);
		// anonymous counts of help-centre page views and visits per day (no cookies, no addresses)
		await createTable(
			db,
			'page_views',
			{
				day: 'text not null',
				locale: 'text not null',
				article_id: 'text not null',
				views: 'integer not null',
				visits: 'integer not null'
			},
			{ page_views_pk: 'primary key (day, locale, article_id)' }
		);
	}
};
