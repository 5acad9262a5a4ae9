// Test and bench support, never imported by the app: a past that never happened through the app's own paths.
import { randomBytes } from 'node:crypto';
import type { DB } from '../index';

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
		.values({
			id: randomBytes(16).toString('hex'),
			ticket_id: ticket.id,
			user_id: ticket.userId,
			locale: ticket.locale,
			assignee_id: null,
			team_id: null,
			category: null,
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
		})
		.execute();
}
