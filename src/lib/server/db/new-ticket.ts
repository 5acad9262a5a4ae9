// A new ticket stored with everything its transaction writes: the ticket, its first message and files, its report
// fact, its customer's recent-ticket count moved on, its "ticket" deflection event and its confirmation mail.
// On SQLite these are statements in a transaction, each a call within the process. On PostgreSQL, where each
// statement is a round trip to the server (and most of a new ticket's time), the rows go in one statement of
// data-modifying common table expressions, inside the transaction that then copies the customer's count onto
// their tickets: four round trips instead of ten.
import { PostgresAdapter } from 'kysely';
import type { DB } from './index';
import { attachmentRows, type NewFile } from './attachments';
import { mailRow, type NewMail } from './outbox';
import {
	addRecentTicket,
	copyRecentTickets,
	countRecentTickets,
	recountRecentTickets
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
	// on PostgreSQL a value the reports have no code for yet is numbered first, in a transaction of its own
	// (codes only grow), so the ticket's statement finds them all known
	if (isPostgres(db) && !factCodesKnown(db, s.ticket))
		await db.transaction().execute((trx) => newTicketFact(trx, s.ticket));
	await db.transaction().execute(async (trx) => {
		await s.hold?.(trx);
		if (!isPostgres(db)) return writeApart(trx, s, r);
		const added = await writeTogether(trx, s, r);
		if (r.attachments.length) await trx.insertInto('attachments').values(r.attachments).execute();
		// after the statement that took the customer's row: their tickets that parallel requests stored before
		// it are seen now (a statement sees what was committed when it began)
		if (added) await copyRecentTickets(trx, [s.ticket.user_id]);
		else await recountRecentTickets(trx, s.ticket.user_id, s.since);
	});
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
 * (recent-tickets.ts addRecentTicket, which takes their row's lock). Whether it held is the answer.
 */
async function writeTogether(trx: DB, s: StoredTicket, r: ReturnType<typeof rows>) {
	const fact = await newTicketFact(trx, s.ticket);
	const row = await trx
		.with('counted', (qb) => addRecentTicket(qb, s.ticket.user_id, s.since, s.ticket.created_at))
		.with('ticket', (qb) => qb.insertInto('tickets').values(s.ticket))
		.with('message', (qb) => qb.insertInto('ticket_messages').values(r.message))
		.with('fact', (qb) => qb.insertInto('report_tickets').values(fact))
		.with('deflection', (qb) => qb.insertInto('deflection_events').values(r.deflection))
		.with('mail', (qb) => qb.insertInto('outbox').values(r.mail))
		.selectFrom('counted')
		.select((eb) => eb.fn.countAll<number | string>().as('added'))
		.executeTakeFirst();
	return Number(row?.added ?? 0) > 0;
}
