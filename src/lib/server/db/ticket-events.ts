// Versioned ticket changes and their event log: every change raises the version by one and records why.
import { randomUUID } from 'node:crypto';
import type { DB } from './index';
import { takeRecentTickets } from './recent-tickets';
import { recordTicketChange } from './report-changes';
import { FACT_COLUMNS, nextResponseOf } from './report-facts';
import type { TicketTable } from './schema';

export type TicketChange = Partial<
	Pick<
		TicketTable,
		| 'status'
		| 'priority'
		| 'assignee_id'
		| 'team_id'
		| 'awaiting_since'
		| 'due_at'
		| 'first_response_at'
		| 'solved_at'
		| 'callback_start'
		| 'callback_end'
		| 'callback_state'
	>
> & { reopen?: boolean; agentReply?: boolean };

export interface TicketEvent {
	kind: string;
	data: Record<string, unknown>;
}

/**
 * Change a ticket and log why, as one step: the version goes up by one and the event records it. With
 * `seenVersion`, nothing changes unless the ticket is still at that version (returns null: somebody else was
 * first). Call inside a transaction.
 */
export async function changeTicket(
	trx: DB,
	ticketId: string,
	seenVersion: number | null,
	change: TicketChange,
	event: TicketEvent,
	actorId: string | null,
	now: number
): Promise<number | null> {
	const { reopen, agentReply, ...columns } = change;
	let q = trx
		.updateTable('tickets')
		.set((eb) => ({
			...columns,
			updated_at: now,
			version: eb('version', '+', 1),
			...(reopen ? { reopen_count: eb('reopen_count', '+', 1) } : {}),
			...(agentReply ? { agent_replies: eb('agent_replies', '+', 1) } : {})
		}))
		.where('id', '=', ticketId);
	if (seenVersion !== null) q = q.where('version', '=', seenVersion);
	const row = await q.returning(['version', ...FACT_COLUMNS]).executeTakeFirst();
	if (!row) return null;
	const version = Number(row.version);
	// unfinished again: it takes its customer's recent-ticket count, which the inbox sorts by
	if (columns.status) await takeRecentTickets(trx, ticketId);
	// the reports' figures move with the ticket, in this transaction (before the event, which they count)
	await recordTicketChange(
		trx,
		row,
		columns.first_response_at !== undefined || columns.solved_at !== undefined,
		event.kind === 'reply' ? nextResponseOf(event.data) : null,
		now
	);
	await trx
		.insertInto('ticket_events')
		.values({
			id: randomUUID(),
			ticket_id: ticketId,
			actor_id: actorId,
			kind: event.kind,
			data: JSON.stringify(event.data),
			version,
			created_at: now
		})
		.execute();
	return version;
}

export interface EventRow {
	id: string;
	kind: string;
	data: Record<string, unknown>;
	version: number;
	actorId: string | null;
	actorName: string | null;
	createdAt: number;
}

/** The ticket's log, or only what happened after `afterVersion` (what a stale editor missed). */
export async function ticketEvents(
	db: DB,
	ticketId: string,
	afterVersion = 0
): Promise<EventRow[]> {
	const rows = await db
		.selectFrom('ticket_events as e')
		.leftJoin('users as u', 'u.id', 'e.actor_id')
		.select(['e.id', 'e.kind', 'e.data', 'e.version', 'e.actor_id', 'e.created_at', 'u.name'])
		.where('e.ticket_id', '=', ticketId)
		.where('e.version', '>', afterVersion)
		.orderBy('e.version')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		data: JSON.parse(r.data) as Record<string, unknown>,
		version: Number(r.version),
		actorId: r.actor_id,
		actorName: r.name,
		createdAt: Number(r.created_at)
	}));
}

/**
 * Solved tickets without a reply for `after` ms, closed with an event each (`closed` hears of each once it is
 * stored: the live updates). Returns how many.
 */
export async function closeSolvedBefore(
	db: DB,
	before: number,
	now: number,
	closed?: (ticket: { ref: string; user_id: string }) => void
): Promise<number> {
	const stale = await db
		.selectFrom('tickets')
		.select(['id', 'ref', 'user_id'])
		.where('status', '=', 'solved')
		.where('solved_at', '<', before)
		.limit(500)
		.execute();
	for (const { id, ref, user_id } of stale) {
		const done = await db.transaction().execute(async (trx) => {
			// re-checked in the update: a reply in between keeps the ticket open
			const row = await trx
				.selectFrom('tickets')
				.select(['version', 'status'])
				.where('id', '=', id)
				.executeTakeFirst();
			if (row?.status !== 'solved') return false;
			const version = await changeTicket(
				trx,
				id,
				Number(row.version),
				{ status: 'closed' },
				{ kind: 'status', data: { from: 'solved', to: 'closed', automatic: true } },
				null,
				now
			);
			return version !== null;
		});
		if (done) closed?.({ ref, user_id });
	}
	return stale.length;
}
