// Surveys after a solved ticket, and the anonymous page-view counts the self-service figures need.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from './index';
import { recordAnswers } from './report-changes';
import type { SurveyTable } from './schema';

export type Survey = SurveyTable;

/** A survey for a just-solved ticket, unless it has one already (one survey per ticket). */
export async function insertSurvey(
	db: DB,
	ticket: {
		id: string;
		user_id: string;
		locale: string;
		assignee_id: string | null;
		team_id: string | null;
		category: string | null;
	},
	sendAfter: number,
	now: number
): Promise<boolean> {
	const result = await db
		.insertInto('surveys')
		.values({
			id: randomUUID(),
			ticket_id: ticket.id,
			user_id: ticket.user_id,
			locale: ticket.locale,
			assignee_id: ticket.assignee_id,
			team_id: ticket.team_id,
			category: ticket.category,
			token_hash: null,
			edit_hash: null,
			created_at: now,
			send_after: sendAfter,
			sent_at: null,
			expires_at: null,
			used_at: null,
			answered_at: null,
			updated_at: null,
			csat: null,
			ces: null,
			nps: null,
			value_product: null,
			value_confidence: null,
			comment: null
		})
		.onConflict((oc) => oc.column('ticket_id').doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Surveys whose delay is over and that were not sent yet, with their ticket's state. */
export function dueSurveys(db: DB, now: number) {
	return db
		.selectFrom('surveys')
		.innerJoin('tickets', 'tickets.id', 'surveys.ticket_id')
		.innerJoin('users', 'users.id', 'surveys.user_id')
		.select([
			'surveys.id',
			'surveys.locale',
			'tickets.ref',
			'tickets.subject',
			'tickets.status',
			'users.email',
			'users.name'
		])
		.where('surveys.sent_at', 'is', null)
		.where('surveys.send_after', '<=', now)
		.limit(200)
		.execute();
}

/** Mark one sent with its link's hash; false if another worker sent it first. */
export async function markSent(
	db: DB,
	id: string,
	tokenHash: string,
	now: number,
	expiresAt: number
): Promise<boolean> {
	const result = await db
		.updateTable('surveys')
		.set({ sent_at: now, token_hash: tokenHash, expires_at: expiresAt })
		.where('id', '=', id)
		.where('sent_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export function findSurvey(db: DB, id: string): Promise<Survey | undefined> {
	return db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
}

export function surveyOfTicket(db: DB, ticketId: string): Promise<Survey | undefined> {
	return db.selectFrom('surveys').selectAll().where('ticket_id', '=', ticketId).executeTakeFirst();
}

/** A survey's ticket: what the survey copies for the reports, and what its page shows. */
export function ticketOfSurvey(db: DB, ticketId: string) {
	return db
		.selectFrom('tickets')
		.select(['id', 'ref', 'subject', 'user_id', 'locale', 'assignee_id', 'team_id', 'category'])
		.where('id', '=', ticketId)
		.executeTakeFirst();
}

export type Answers = Partial<
	Pick<Survey, 'csat' | 'ces' | 'nps' | 'value_product' | 'value_confidence' | 'comment'>
>;

/**
 * Record answers. With `consume`, only if the link is still unused (the first use wins under concurrency);
 * returns the survey as saved, or undefined when no row changed.
 */
export async function saveAnswers(
	db: DB,
	id: string,
	answers: Answers,
	now: number,
	options: { consume?: boolean; editHash?: string; firstAnswer?: boolean }
): Promise<Survey | undefined> {
	return db.transaction().execute(async (trx) => {
		// the row locked first (a write that changes nothing): two saves of one survey count one after the other
		await trx
			.updateTable('surveys')
			.set((eb) => ({ id: eb.ref('id') }))
			.where('id', '=', id)
			.execute();
		const before = await findSurvey(trx, id);
		let q = trx
			.updateTable('surveys')
			.set({
				...answers,
				updated_at: now,
				...(options.consume ? { used_at: now } : {}),
				...(options.editHash ? { edit_hash: options.editHash } : {}),
				...(options.firstAnswer ? { answered_at: now } : {})
			})
			.where('id', '=', id);
		if (options.consume) q = q.where('used_at', 'is', null);
		const saved = await q.returningAll().executeTakeFirst();
		// the reports count the answers as they are now
		if (before && saved) await recordAnswers(trx, before, saved);
		return saved;
	});
}

// ---- page views ----

/** One more view (and maybe visit) of a help-centre page today. */
export async function countView(
	db: DB,
	view: { day: string; locale: string; articleId: string; newVisit: boolean }
): Promise<void> {
	const visits = view.newVisit ? 1 : 0;
	await db
		.insertInto('page_views')
		.values({ day: view.day, locale: view.locale, article_id: view.articleId, views: 1, visits })
		.onConflict((oc) =>
			oc.columns(['day', 'locale', 'article_id']).doUpdateSet({
				views: sql`page_views.views + 1`,
				visits: sql`page_views.visits + ${visits}`
			})
		)
		.execute();
}
