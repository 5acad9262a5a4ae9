import { sql, type Kysely, type Migration } from 'kysely';
import { createIndex, ownedBy } from './build';

export const migration: Migration = {
	async up(db: Kysely<unknown>) {
		// the first response's due time as promised when the ticket came in (due_at moves with the conversation)
		await db.schema.alterTable('tickets').addColumn('first_due_at', 'bigint').execute();
		await sql`update tickets set first_due_at = due_at where first_response_at is null`.execute(db);
		await db.schema
			.createTable('surveys')
			.addColumn('id', 'text', (c) => c.primaryKey())
			// one survey per solved ticket
			.addColumn('ticket_id', 'text', (c) => ownedBy('tickets.id')(c).unique())
			.addColumn('user_id', 'text', (c) => c.notNull())
			.addColumn('locale', 'text', (c) => c.notNull())
			// what the ticket was when it was solved, so reports group answers by who and what
			.addColumn('assignee_id', 'text')
			.addColumn('team_id', 'text')
			.addColumn('category', 'text')
			// the emailed link is `id.secret`; only the secret's hash is kept, and it works once
			.addColumn('token_hash', 'text')
			.addColumn('edit_hash', 'text')
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addColumn('send_after', 'bigint', (c) => c.notNull())
			.addColumn('sent_at', 'bigint')
			.addColumn('expires_at', 'bigint')
			.addColumn('used_at', 'bigint')
			.addColumn('answered_at', 'bigint')
			.addColumn('updated_at', 'bigint')
			.addColumn('csat', 'integer')
			.addColumn('ces', 'integer')
			.addColumn('nps', 'integer')
			.addColumn('value_product', 'integer')
			.addColumn('value_confidence', 'integer')
			.addColumn('comment', 'text')
			.execute();
		await createIndex(db, 'surveys_due', 'surveys', ['sent_at', 'send_after']);
		await createIndex(db, 'surveys_answered', 'surveys', ['answered_at']);
		// anonymous counts of help-centre page views and visits per day (no cookies, no addresses)
		await db.schema
			.createTable('page_views')
			.addColumn('day', 'text', (c) => c.notNull())
			.addColumn('locale', 'text', (c) => c.notNull())
			.addColumn('article_id', 'text', (c) => c.notNull())
			.addColumn('views', 'integer', (c) => c.notNull())
			.addColumn('visits', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('page_views_pk', ['day', 'locale', 'article_id'])
			.execute();
	}
};
