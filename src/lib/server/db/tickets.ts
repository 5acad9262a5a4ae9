// Tickets, their messages and the customer's own lists: every read of a ticket takes the acting user.
import { randomUUID } from 'node:crypto';
import type { ServiceSettings } from '$lib/service-hours/sla';
import type { DB } from './index';
import { insertAttachments, type NewFile } from './attachments';
import { recordNewTicket } from './report-changes';
import { SERVICE_SETTINGS, serviceSettingsOf } from './settings';
import { canSee, type Viewer } from './ticket-access';
import type { TicketTable } from './schema';

export type Ticket = Omit<
	TicketTable,
	'version' | 'reopen_count' | 'agent_replies' | 'recent_tickets'
> & {
	version: number;
	reopen_count: number;
	agent_replies: number;
};
export const FIRST_TICKET_NUMBER = 1001;

export interface NewTicket {
	userId: string;
	subject: string;
	body: string;
	locale: string;
	category: string | null;
	article: { id: string; locale: string; updated: string } | null;
	callback: {
		phone: string;
		window: string;
		start: number | null;
		end: number | null;
		timeZone: string | null;
	} | null;
	/** When the first response is due under the SLA. */
	dueAt: number | null;
	context: object | null;
	idempotencyKey: string | null;
	files: NewFile[];
	now: number;
}

/**
 * The next ticket number. UPDATE … RETURNING takes the counter row's lock, so concurrent tickets never share a
 * number, on SQLite and PostgreSQL; run on its own (not in the ticket's transaction) it holds that lock for this
 * one statement only, and a number whose ticket is then not stored is skipped.
 */
export async function takeTicketNumber(db: DB): Promise<number> {
	return (await takeTicketNumberAndHours(db)).number;
}

/**
 * takeTicketNumber, and the service settings the new ticket's first answer is due under, in the same statement
 * (a new ticket needs both, and on PostgreSQL each statement is a round trip).
 */
export async function takeTicketNumberAndHours(
	db: DB
): Promise<{ number: number; hours: ServiceSettings }> {
	const row = await db
		.updateTable('counters')
		.set((eb) => ({ value: eb('value', '+', 1) }))
		.where('name', '=', 'ticket')
		.returning((eb) => [
			'value',
			eb
				.selectFrom('settings')
				.select('settings.value')
				.where('settings.key', '=', SERVICE_SETTINGS)
				.as('hours')
		])
		.executeTakeFirstOrThrow();
	return {
		number: Math.max(FIRST_TICKET_NUMBER, Number(row.value)),
		hours: serviceSettingsOf(row.hours ?? undefined)
	};
}

/** A new ticket's row under `number` (from takeTicketNumber): new, waiting for its first answer since `now`. */
export function ticketRow(input: Omit<NewTicket, 'body' | 'files'> & { number: number }): Ticket {
	return {
		id: randomUUID(),
		number: input.number,
		ref: `SV-${input.number}`,
		user_id: input.userId,
		subject: input.subject,
		status: 'new',
		locale: input.locale,
		category: input.category,
		article_id: input.article?.id ?? null,
		article_locale: input.article?.locale ?? null,
		article_updated: input.article?.updated ?? null,
		callback_phone: input.callback?.phone ?? null,
		callback_window: input.callback?.window ?? null,
		context: input.context ? JSON.stringify(input.context) : null,
		idempotency_key: input.idempotencyKey,
		version: 1,
		created_at: input.now,
		updated_at: input.now,
		priority: null,
		assignee_id: null,
		team_id: null,
		awaiting_since: input.now,
		due_at: input.dueAt,
		first_response_at: null,
		solved_at: null,
		reopen_count: 0,
		agent_replies: 0,
		callback_start: input.callback?.start ?? null,
		callback_end: input.callback?.end ?? null,
		callback_tz: input.callback?.timeZone ?? null,
		callback_state: input.callback ? 'requested' : null,
		first_due_at: input.dueAt
	};
}

/**
 * Insert a ticket, its first message and its files (inside the caller's transaction), under `number` from
 * takeTicketNumber, or one taken here.
 */
export async function insertTicket(
	trx: DB,
	input: NewTicket & { number?: number }
): Promise<Ticket> {
	const ticket = ticketRow({ ...input, number: input.number ?? (await takeTicketNumber(trx)) });
	await trx.insertInto('tickets').values(ticket).execute();
	await insertMessage(trx, ticket.id, input.userId, input.body, input.files, input.now);
	await recordNewTicket(trx, ticket);
	return ticket;
}

/** A message's row (its id new), as insertMessage stores it. */
export function messageRow(m: {
	ticketId: string;
	authorId: string;
	body: string;
	now: number;
	internal?: boolean;
	idempotencyKey?: string | null;
}) {
	return {
		id: randomUUID(),
		ticket_id: m.ticketId,
		author_id: m.authorId,
		body: m.body,
		internal: m.internal ? 1 : 0,
		created_at: m.now,
		...(m.idempotencyKey ? { idempotency_key: m.idempotencyKey } : {})
	};
}

export async function insertMessage(
	trx: DB,
	ticketId: string,
	authorId: string,
	body: string,
	files: NewTicket['files'],
	now: number,
	internal = false,
	idempotencyKey: string | null = null
): Promise<string> {
	const row = messageRow({ ticketId, authorId, body, now, internal, idempotencyKey });
	await trx.insertInto('ticket_messages').values(row).execute();
	await insertAttachments(trx, ticketId, row.id, files, now);
	return row.id;
}

/** The message this author already sent to this ticket with this form key, if any: its id and text. */
export function findMessageByIdempotencyKey(
	db: DB,
	ticketId: string,
	authorId: string,
	key: string
): Promise<{ id: string; body: string } | undefined> {
	return db
		.selectFrom('ticket_messages')
		.select(['id', 'body'])
		.where('ticket_id', '=', ticketId)
		.where('author_id', '=', authorId)
		.where('idempotency_key', '=', key)
		.executeTakeFirst();
}

export function findByIdempotencyKey(
	db: DB,
	userId: string,
	key: string
): Promise<Ticket | undefined> {
	return db
		.selectFrom('tickets')
		.selectAll()
		.where('user_id', '=', userId)
		.where('idempotency_key', '=', key)
		.executeTakeFirst() as Promise<Ticket | undefined>;
}

/** The ticket a reference names, if this user may see it; otherwise undefined, exactly as if it did not exist. */
export async function findTicket(db: DB, user: Viewer, ref: string): Promise<Ticket | undefined> {
	const ticket = (await db
		.selectFrom('tickets')
		.selectAll()
		.where('ref', '=', ref.toUpperCase())
		.executeTakeFirst()) as Ticket | undefined;
	return ticket && canSee(user, ticket) ? ticket : undefined;
}

/** Every ticket of one customer, newest first, for the customer panel. */
export function customerTickets(db: DB, userId: string) {
	return db
		.selectFrom('tickets')
		.select(['ref', 'subject', 'status', 'created_at', 'locale'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.limit(50)
		.execute();
}

export function ticketsOf(db: DB, userId: string): Promise<Ticket[]> {
	return db
		.selectFrom('tickets')
		.selectAll()
		.where('user_id', '=', userId)
		.orderBy('updated_at', 'desc')
		.execute() as Promise<Ticket[]>;
}

/** How many of this customer's tickets wait for their answer (status pending): the header's count. */
export async function countAwaitingCustomer(db: DB, userId: string): Promise<number> {
	const row = await db
		.selectFrom('tickets')
		.select((eb) => eb.fn.countAll<number | string>().as('n'))
		.where('user_id', '=', userId)
		.where('status', '=', 'pending')
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export interface ThreadMessage {
	id: string;
	authorId: string;
	authorName: string;
	authorRole: string;
	body: string;
	internal: boolean;
	createdAt: number;
	attachments: { id: string; filename: string; contentType: string; size: number }[];
}

/** The thread; internal notes only when `withInternal` (agents). */
export async function threadOf(
	db: DB,
	ticketId: string,
	withInternal: boolean
): Promise<ThreadMessage[]> {
	let q = db
		.selectFrom('ticket_messages')
		.innerJoin('users', 'users.id', 'ticket_messages.author_id')
		.select([
			'ticket_messages.id',
			'ticket_messages.author_id',
			'ticket_messages.body',
			'ticket_messages.internal',
			'ticket_messages.created_at',
			'users.name',
			'users.role'
		])
		.where('ticket_id', '=', ticketId)
		.orderBy('ticket_messages.created_at')
		.orderBy('ticket_messages.id');
	if (!withInternal) q = q.where('internal', '=', 0);
	const messages = await q.execute();
	const files = await db
		.selectFrom('attachments')
		.select(['id', 'message_id', 'filename', 'content_type', 'size'])
		.where('ticket_id', '=', ticketId)
		.execute();
	return messages.map((m) => ({
		id: m.id,
		authorId: m.author_id,
		authorName: m.name,
		authorRole: m.role,
		body: m.body,
		internal: m.internal === 1,
		createdAt: m.created_at,
		attachments: files
			.filter((f) => f.message_id === m.id)
			.map((f) => ({ id: f.id, filename: f.filename, contentType: f.content_type, size: f.size }))
	}));
}

/** A ticket's customer and assignee, read together (deleted accounts read as undefined). */
export async function peopleOf(db: DB, ticket: Pick<Ticket, 'user_id' | 'assignee_id'>) {
	const ids = ticket.assignee_id ? [ticket.user_id, ticket.assignee_id] : [ticket.user_id];
	const users = await db
		.selectFrom('users')
		.select(['id', 'name', 'email'])
		.where('id', 'in', ids)
		.where('deleted_at', 'is', null)
		.execute();
	return {
		customer: users.find((u) => u.id === ticket.user_id),
		assignee: ticket.assignee_id ? users.find((u) => u.id === ticket.assignee_id) : undefined
	};
}

export interface DeflectionEvent {
	locale: string;
	articleId: string | null;
	event: 'suggested' | 'opened' | 'solved' | 'ticket';
	now: number;
}

/** A deflection event's row (its id new). */
export function deflectionRow(event: DeflectionEvent) {
	return {
		id: randomUUID(),
		locale: event.locale,
		article_id: event.articleId,
		event: event.event,
		created_at: event.now
	};
}

export async function recordDeflection(db: DB, event: DeflectionEvent) {
	await db.insertInto('deflection_events').values(deflectionRow(event)).execute();
}
