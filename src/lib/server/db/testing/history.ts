// Test and bench support, never imported by the app: a past that never happened through the app's own paths.
import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { DB } from '../index';
import type { Database } from '../schema';

/**
 * Mark a ticket solved a day after `created`, answered within three hours, with an answered survey: the shape
 * of a month of history for reports and the workspace to read. `i` varies the scores.
 */
export async function solvedWithSurvey(
	db: DB,
	ticket: { id: string; userId: string; locale: string; created: number },
	i: number,
	now: number
): Promise<void> {
	const DAY = 24 * 60 * 60 * 1000;
	const solvedAt = ticket.created + DAY;
	await db
		.updateTable('tickets')
		.set({
			status: 'solved',
			first_response_at: ticket.created + 3 * 60 * 60 * 1000,
			solved_at: solvedAt,
			awaiting_since: null,
			due_at: null,
			agent_replies: 1 + (i % 3)
		})
		.where('id', '=', ticket.id)
		.execute();
	await db
		.insertInto('surveys')
		.values(answeredSurvey({ ...ticket, user_id: ticket.userId }, i, solvedAt, now))
		.execute();
}

/**
 * The survey row of a ticket solved at `solvedAt`, sent then and answered a minute later (never after `now`):
 * `i` varies the scores. `id` is random unless given (bulk writers number their rows).
 */
export function answeredSurvey(
	ticket: {
		id: string;
		user_id: string;
		locale: string;
		assignee_id?: string | null;
		team_id?: string | null;
		category?: string | null;
	},
	i: number,
	solvedAt: number,
	now: number,
	id = randomBytes(16).toString('hex')
): Insertable<Database['surveys']> {
	return {
		id,
		ticket_id: ticket.id,
		user_id: ticket.user_id,
		locale: ticket.locale,
		assignee_id: ticket.assignee_id ?? null,
		team_id: ticket.team_id ?? null,
		category: ticket.category ?? null,
		token_hash: null,
		edit_hash: null,
		created_at: solvedAt,
		send_after: solvedAt,
		sent_at: solvedAt,
		expires_at: null,
		used_at: solvedAt,
		answered_at: Math.min(now - 60_000, solvedAt + 60_000),
		updated_at: solvedAt,
		csat: 1 + (i % 5),
		ces: 1 + (i % 7),
		nps: i % 11,
		value_product: null,
		value_confidence: null,
		comment: null
	};
}
