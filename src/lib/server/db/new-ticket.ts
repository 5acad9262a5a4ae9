// A new ticket stored with everything its transaction writes: the ticket, its first message and files, its report
// fact, its customer's recent-ticket count moved on, its "ticket" deflection event and its confirmation mail.
// On SQLite these are statements in a transaction, each a call within the process. On PostgreSQL, where each
// statement is a round trip to the server (and most of a new ticket's time), the rows go in one statement of
// data-modifying common table expressions, atomic as a transaction is: one round trip instead of ten.
import { PostgresAdapter, sql } from 'kysely';
import type { DB } from './index';
import { attachmentRows, type NewFile } from './attachments';
import { mailRow, type NewMail } from './outbox';
import {
	addRecentTicket,
	copyLocked,
	countRecentTickets,
	recountRecentTickets,
	UNFINISHED
} from './recent-tickets';
import { factCodesKnown, newTicketFact } from './report-changes';
import { deflectionRow, messageRow, type DeflectionEvent, type Ticket } from './tickets';

export interface StoredTicket {
	/** The ticket's row (tickets.ts ticketRow). */
	ticket: Ticket;
	/** Its first message, from its customer, and the files sent with it. */
	body: string;
	files: NewFile[];
	/** Tickets since then count as the customer's recent ones (tickets/queue.ts FREQUENCY_WINDOW_MS). */
	since: number;
	deflection: Omit<DeflectionEvent, 'now' | 'event'>;
	mail: NewMail;
	/** Run first in the transaction (tickets/quota.ts holdQuota): may throw to refuse. */
	hold?: (trx: DB) => Promise<void>;
}

const isPostgres = (db: DB) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Store a new ticket and all that comes with it, or nothing (a unique key taken, a refusal of `hold`). */
export async function storeNewTicket(db: DB, s: StoredTicket): Promise<void> {
	const r = rows(s);
	if (!isPostgres(db)) {
		await db.transaction().execute(async (trx) => {
			await s.hold?.(trx);
			await writeApart(trx, s, r);
		});
		return;
	}
	// a value the reports have no code for yet is numbered first, in a transaction of its own (codes only
	// grow), so the ticket's statement finds them all known
	if (!factCodesKnown(db, s.ticket))
		await db.transaction().execute((trx) => newTicketFact(trx, s.ticket));
	// files need their quota held (a lock) and are large: with them, a transaction, the files after the rest
	if (r.attachments.length) {
		await db.transaction().execute(async (trx) => {
			await s.hold?.(trx);
			const counted = await writeTogether(trx, s, r);
			await trx.insertInto('attachments').values(r.attachments).execute();
			await countAgain(trx, s, counted);
		});
		return;
	}
	const counted = await writeTogether(db, s, r);
	if (counted !== 'held') await db.transaction().execute((trx) => countAgain(trx, s, counted));
}

/**
 * The customer's count made right where the statement could not: it no longer held (counted again), or another
 * ticket of theirs was stored while this one was, which the statement did not see (it sees the database as it was
 * when it began), so its count is copied onto their tickets again under their row's lock.
 */
async function countAgain(trx: DB, s: StoredTicket, counted: 'held' | 'stale' | 'raced') {
	if (counted === 'stale') await recountRecentTickets(trx, s.ticket.user_id, s.since);
	if (counted === 'raced') await copyLocked(trx, s.ticket.user_id);
}

function rows(s: StoredTicket) {
	const message = messageRow({
		ticketId: s.ticket.id,
		authorId: s.ticket.user_id,
		body: s.body,
		now: s.ticket.created_at
	});
	return {
		message,
		attachments: attachmentRows(s.ticket.id, message.id, s.files, s.ticket.created_at),
		deflection: deflectionRow({ ...s.deflection, event: 'ticket', now: s.ticket.created_at }),
		mail: mailRow(s.mail)
	};
}

/** The statements one after the other, inside the caller's transaction. */
async function writeApart(trx: DB, s: StoredTicket, r: ReturnType<typeof rows>): Promise<void> {
	await trx.insertInto('tickets').values(s.ticket).execute();
	await trx.insertInto('ticket_messages').values(r.message).execute();
	for (const a of r.attachments) await trx.insertInto('attachments').values(a).execute();
	await trx
		.insertInto('report_tickets')
		.values(await newTicketFact(trx, s.ticket))
		.execute();
	// the customer wrote once more: their place in the inbox order ("rarely writes first") moves
	await countRecentTickets(trx, s.ticket.user_id, s.since, s.ticket.created_at);
	await trx.insertInto('deflection_events').values(r.deflection).execute();
	await trx.insertInto('outbox').values(r.mail).execute();
}

/**
 * The rows but the files in one PostgreSQL statement, with the customer's count one more where it still holds
 * (recent-tickets.ts addRecentTicket, which waits for their row's lock) and copied onto the new ticket and their
 * others. Says whether the count held, and if it did, whether another of the customer's tickets was stored
 * meanwhile: their count went up by more than this one, and the statement did not see that ticket to copy it.
 */
async function writeTogether(db: DB, s: StoredTicket, r: ReturnType<typeof rows>) {
	const fact = await newTicketFact(db, s.ticket);
	const userId = s.ticket.user_id;
	const recent = sql<number>`(select recent from counted)`;
	const row = await db
		.with('counted', (qb) => addRecentTicket(qb, userId, s.since, s.ticket.created_at))
		.with('ticket', (qb) =>
			qb.insertInto('tickets').values({ ...s.ticket, recent_tickets: sql`coalesce(${recent}, 1)` })
		)
		.with('message', (qb) => qb.insertInto('ticket_messages').values(r.message))
		.with('fact', (qb) => qb.insertInto('report_tickets').values(fact))
		.with('others', (qb) =>
			qb
				.updateTable('tickets')
				.set({ recent_tickets: recent })
				.where('user_id', '=', userId)
				.where('status', 'in', UNFINISHED)
				.where(sql<boolean>`exists (select 1 from counted)`)
		)
		.with('deflection', (qb) => qb.insertInto('deflection_events').values(r.deflection))
		.with('mail', (qb) => qb.insertInto('outbox').values(r.mail))
		.selectNoFrom([
			sql<number | null>`(select counted from counted)`.as('counted'),
			// as this statement saw it: before anything that committed while it waited for the row
			sql<number>`(select recent_tickets from users where id = ${userId})`.as('before')
		])
		.executeTakeFirstOrThrow();
	if (row.counted === null) return 'stale';
	return Number(row.counted) === Number(row.before) + 1 ? 'held' : 'raced';
}
