// How often each customer wrote lately (the inbox's "rarely writes first" key, tickets/queue.ts): a count kept on
// the customer and copied onto their unfinished tickets, moved on by each new ticket, and counted again where a
// ticket has left the window since (refreshRecentCounts, before the inbox sorts and every minute).
import { sql, type ExpressionBuilder, type QueryCreator } from 'kysely';
import type { DB } from './index';
import type { Database, TicketStatus } from './schema';

/** Tickets not finished: they carry their customer's recent-ticket count (tickets.recent_tickets). */
export const UNFINISHED: readonly TicketStatus[] = ['new', 'open', 'pending'];

/**
 * The customer's count one more for a ticket written at `at`, where the stored count still holds at `since` (the
 * usual case), under the row's lock, so parallel tickets of one customer add up. Returns their count, at least
 * 1, or nothing when it no longer holds (then recountRecentTickets).
 */
export function addRecentTicket(
	db: QueryCreator<Database>,
	userId: string,
	since: number,
	at: number
) {
	return db
		.updateTable('users')
		.set((eb) => ({
			recent_tickets: eb('recent_tickets', '+', 1),
			recent_oldest: eb.fn.coalesce('recent_oldest', sql<number>`${at}`)
		}))
		.where('id', '=', userId)
		.where('recent_since', '<=', since)
		.where((eb) => eb.or([eb('recent_oldest', 'is', null), eb('recent_oldest', '>=', since)]))
		.returning([
			'recent_tickets as counted',
			sql<number>`case when recent_tickets < 1 then 1 else recent_tickets end`.as('recent')
		]);
}

/**
 * A customer wrote a new ticket at `at`: their count goes one up, on the account and on its unfinished tickets
 * (inside the transaction that adds it). Where the stored count no longer holds it is counted again.
 */
export async function countRecentTickets(
	trx: DB,
	userId: string,
	since: number,
	at: number
): Promise<void> {
	const added = await addRecentTicket(trx, userId, since, at).executeTakeFirst();
	if (!added) await recountRecentTickets(trx, userId, since);
	else await copyRecentTickets(trx, [userId]);
}

/**
 * Count a customer's recent tickets again and copy the count onto their unfinished tickets (inside a
 * transaction), the row locked first in a statement of its own, so on PostgreSQL the count sees a parallel ticket
 * that committed.
 */
export async function recountRecentTickets(trx: DB, userId: string, since: number): Promise<void> {
	await lockCustomer(trx, userId);
	await recount(trx, since).where('id', '=', userId).execute();
	await copyRecentTickets(trx, [userId]);
}

/**
 * Copy a customer's count onto their unfinished tickets (inside a transaction), their row locked first, so the
 * copy sees every ticket of theirs a parallel request committed before.
 */
export async function copyLocked(trx: DB, userId: string): Promise<void> {
	await lockCustomer(trx, userId);
	await copyRecentTickets(trx, [userId]);
}

const lockCustomer = (trx: DB, userId: string) =>
	trx
		.updateTable('users')
		.set((eb) => ({ role: eb.ref('role') }))
		.where('id', '=', userId)
		.execute();

/**
 * Recount the customers whose stored count no longer holds at `since` (never counted, or one of the tickets it
 * counted has left the window): the inbox does before it sorts, and a job every minute. Returns how many.
 */
export async function refreshRecentCounts(db: DB, since: number): Promise<number> {
	const stale = await recountStale(db, since).execute();
	await copyRecounted(
		db,
		stale.map((u) => u.id)
	);
	return stale.length;
}

/** The recount of refreshRecentCounts as a statement (returning the customers recounted), for a larger one. */
export function recountStale(db: QueryCreator<Database>, since: number) {
	return recount(db, since)
		.where((eb) =>
			eb.or([
				eb('recent_since', 'is', null),
				eb('recent_since', '>', since),
				eb('recent_oldest', '<', since)
			])
		)
		.returning('id');
}

/** The counts of these recounted customers onto their tickets (recountStale). */
export async function copyRecounted(db: DB, userIds: string[]): Promise<void> {
	for (let i = 0; i < userIds.length; i += 500)
		await copyRecentTickets(db, userIds.slice(i, i + 500));
}

/** A ticket that is unfinished again takes its customer's count (inside the change's transaction). */
export function takeRecentTickets(trx: DB, ticketId: string): Promise<void> {
	return copyCounts(trx, { ticketId });
}

/** The count of each of these customers onto their unfinished tickets, at least 1 (the ticket itself). */
export function copyRecentTickets(db: DB, userIds: string[]): Promise<void> {
	return copyCounts(db, { userIds });
}

/** Customers' counts onto the unfinished tickets named: one ticket, or every ticket of these customers. */
async function copyCounts(
	db: DB,
	which: { ticketId: string } | { userIds: string[] }
): Promise<void> {
	await db
		.updateTable('tickets')
		.set((eb) => ({ recent_tickets: customersCount(eb) }))
		.where((eb) =>
			'ticketId' in which ? eb('id', '=', which.ticketId) : eb('user_id', 'in', which.userIds)
		)
		.where('status', 'in', UNFINISHED)
		.execute();
}

const customersCount = (eb: ExpressionBuilder<Database, 'tickets'>) =>
	eb
		.selectFrom('users')
		.select(
			sql<number>`case when users.recent_tickets < 1 then 1 else users.recent_tickets end`.as('n')
		)
		.whereRef('users.id', '=', 'tickets.user_id');

function recount(db: QueryCreator<Database>, since: number) {
	const mine = (eb: ExpressionBuilder<Database, 'users'>) =>
		eb
			.selectFrom('tickets')
			.whereRef('tickets.user_id', '=', 'users.id')
			.where('tickets.created_at', '>=', since);
	return db.updateTable('users').set((eb) => ({
		recent_tickets: mine(eb).select((e) => e.fn.countAll<number>().as('n')),
		recent_oldest: mine(eb).select((e) => e.fn.min('tickets.created_at').as('oldest')),
		recent_since: since
	}));
}
