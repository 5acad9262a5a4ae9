// Replies: the one place that decides who may reply to a ticket. Staff answer any ticket (a reply to the
// customer, or an internal note) and stop the SLA clock; a customer answers only their own ticket, which
// restarts the clock, reopens it when solved or closed, and tells the assignee. Nothing is stored unless valid.
import * as v from 'valibot';
import { ticketVersion } from '$lib/schemas/agent';
import { ReplySchema } from '$lib/schemas/tickets';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import type { TicketStatus } from '../db/schema';
import { changeTicket, type TicketChange } from '../db/ticket-events';
import { findMessageByIdempotencyKey, findTicket, insertMessage, type Ticket } from '../db/tickets';
import { findUserById } from '../db/users';
import { ticketChanged } from '../live';
import { enqueueMail } from '../mail/outbox';
import { customerReplyMail, replyMail } from '../mail/ticket-mails';
import { scheduleSurvey } from '../surveys';
import { loadServiceSettings, nextResponseDue } from '../service-hours';
import { isStaff, reread, staffTicket } from './access';
import { conflictSince, SETTABLE_STATUSES, statusChange } from './changes';
import { acceptFiles, type AcceptedFile, type Upload } from './files';
import { holdQuota, OverQuota } from './quota';
import { checkReply, invalid, notFound, type FieldKeys, type Refusal } from './refusals';
import { expandTemplate, ticketValues } from './templates';

const truthy = (x: unknown) => x === true || x === 'true' || x === '1' || x === 'on';

class StaleVersion extends Error {}

/** Staff reply to the customer (mailed, clock stopped) or write an internal note; `version` guards against staleness. */
export async function agentReply(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>,
	uploads: Upload[]
): Promise<{ ok: true; ticket: Ticket; messageId: string } | Refusal> {
	const ticket = await staffTicket(ctx, user, ref);
	if ('ok' in ticket) return ticket;
	const customer = await findUserById(ctx.db, ticket.user_id);
	const internal = truthy(raw.internal);
	const fields: FieldKeys = {};
	let message = typeof raw.message === 'string' ? raw.message.trim() : '';
	if (raw.message !== undefined && typeof raw.message !== 'string')
		fields.message = 'invalidRequest';
	const expanded = expandTemplate(message, ticketValues(ticket, customer?.name ?? '', ctx.origin));
	if (!expanded.ok) fields.message = { key: 'unknownPlaceholder', names: expanded.unknown };
	else message = expanded.text;

	const statusRaw = raw.status === '' ? undefined : raw.status;
	if (statusRaw !== undefined && !(SETTABLE_STATUSES as readonly unknown[]).includes(statusRaw))
		fields.status = 'invalidStatus';
	let seen: number | null = null;
	if (raw.version !== undefined && raw.version !== '') {
		const version = v.safeParse(ticketVersion, raw.version);
		if (version.success) seen = version.output;
		else fields.version = 'versionRequired';
	}
	const files = acceptFiles(uploads);
	checkReply(message, files, fields);
	if (Object.keys(fields).length || !files.ok) return invalid(fields);

	const status = statusRaw as TicketStatus | undefined;
	const change: TicketChange = internal
		? status
			? statusChange(ticket, status, ctx.now)
			: {}
		: {
				...statusChange(ticket, status ?? 'pending', ctx.now),
				// an answer stops the clock; the customer is no longer waiting on us
				awaiting_since: null,
				due_at: null,
				agentReply: true,
				...(ticket.first_response_at === null ? { first_response_at: ctx.now } : {}),
				...(ticket.assignee_id === null ? { assignee_id: user.id } : {})
			};
	const result = await storeReply(
		ctx,
		ticket,
		user,
		{ message, files: files.files, internal },
		async (trx, messageId) => {
			const version = await changeTicket(
				trx,
				ticket.id,
				seen,
				change,
				{
					kind: internal ? 'note' : 'reply',
					data: {
						messageId,
						...(change.status ? { status: { from: ticket.status, to: change.status } } : {}),
						// whether this answer met the SLA the customer was waiting under (for the reports)
						...(!internal && ticket.awaiting_since !== null && ticket.due_at !== null
							? {
									sla: {
										first: ticket.first_response_at === null,
										due: Number(ticket.due_at),
										onTime: ctx.now <= Number(ticket.due_at)
									}
								}
							: {})
					}
				},
				user.id,
				ctx.now
			);
			// the whole reply waits: the agent sees what changed first
			if (version === null) throw new StaleVersion();
			if (!internal && customer?.email)
				await enqueueMail(
					trx,
					replyMail({
						locale: ticket.locale,
						to: customer.email,
						name: customer.name,
						ticket,
						message,
						origin: ctx.origin
					}),
					ctx.now
				);
		}
	).catch((error: unknown) => {
		if (error instanceof StaleVersion) return null;
		throw error;
	});
	if (result === null)
		return conflictSince(ctx, await reread(ctx, user, ref), seen ?? ticket.version);
	if (change.status === 'solved') await scheduleSurvey(ctx, ticket.id);
	ticketChanged(ticket, internal ? 'note' : 'reply');
	return { ok: true, ticket: await reread(ctx, user, ref), messageId: result };
}

/** A reply through the customer's door: staff go the agent way (clock, mail, auto-assignment), customers theirs. */
export async function replyToTicket(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>,
	uploads: Upload[]
): Promise<{ ok: true; ticket: Ticket; created?: boolean } | Refusal> {
	if (isStaff(user)) return agentReply(ctx, user, ref, { ...raw, internal: false }, uploads);
	const ticket = await findTicket(ctx.db, user, ref);
	if (!ticket) return notFound();
	const message = typeof raw.message === 'string' ? raw.message.trim() : '';
	const files = acceptFiles(uploads);
	const fields = checkReply(message, files);
	const key = v.safeParse(ReplySchema.entries.idempotencyKey, raw.idempotencyKey);
	if (!key.success) fields.idempotencyKey = 'invalidRequest';
	if (Object.keys(fields).length || !files.ok || !key.success) return invalid(fields);
	// the same form sent again (double click, Enter twice, a resent post): the reply it already stored. A
	// different text under an old key (a page restored from history) is a new reply, stored without the key.
	const sentBefore = async () =>
		key.output
			? await findMessageByIdempotencyKey(ctx.db, ticket.id, user.id, key.output)
			: undefined;
	const earlier = await sentBefore();
	if (earlier?.body === message)
		return { ok: true, ticket: await reread(ctx, user, ref), created: false };
	try {
		const idempotencyKey = earlier ? null : key.output;
		await storeReply(
			ctx,
			ticket,
			user,
			{ message, files: files.files, idempotencyKey },
			(trx, id) => customerReplied(ctx, trx, ticket, id, user.name)
		);
	} catch (error) {
		if (error instanceof OverQuota) return error.refusal;
		// two copies raced: the other one was stored
		if (!(await sentBefore())) throw error;
		return { ok: true, ticket: await reread(ctx, user, ref), created: false };
	}
	ticketChanged(ticket, 'customer_reply');
	return { ok: true, ticket: await reread(ctx, user, ref), created: true };
}

/** A reply with its files, stored together with what it does to the ticket (`effects`) or not at all: its id. */
async function storeReply(
	ctx: Ctx,
	ticket: Ticket,
	user: SessionUser,
	reply: {
		message: string;
		files: AcceptedFile[];
		internal?: boolean;
		idempotencyKey?: string | null;
	},
	effects: (trx: Ctx['db'], messageId: string) => Promise<void>
): Promise<string> {
	return ctx.db.transaction().execute(async (trx) => {
		const { message, files, internal, idempotencyKey } = reply;
		// first, under the account's row lock: parallel posts cannot pass the storage quota together
		await holdQuota(trx, user, files);
		const id = await insertMessage(
			trx,
			ticket.id,
			user.id,
			message,
			files,
			ctx.now,
			internal,
			idempotencyKey
		);
		await effects(trx, id);
		return id;
	});
}

/**
 * A customer wrote again: the clock restarts (next-response target) unless it is already running, a solved or
 * closed ticket reopens, and the assignee hears about it. Inside the caller's transaction.
 */
async function customerReplied(
	ctx: Ctx,
	trx: Ctx['db'],
	ticket: Ticket,
	messageId: string,
	customerName: string
): Promise<void> {
	const reopen = ['pending', 'solved', 'closed'].includes(ticket.status);
	const waiting = ticket.awaiting_since !== null;
	// the clock restarts only when it is not already running: only then are the service hours needed
	const dueAt = waiting ? null : nextResponseDue(ctx.now, await loadServiceSettings(trx));
	await changeTicket(
		trx,
		ticket.id,
		null,
		{
			...(reopen ? { status: 'open' as const } : {}),
			...(dueAt === null ? {} : { awaiting_since: ctx.now, due_at: dueAt }),
			reopen: ticket.status === 'solved' || ticket.status === 'closed'
		},
		{
			kind: 'customer_reply',
			data: { messageId, ...(reopen ? { status: { from: ticket.status, to: 'open' } } : {}) }
		},
		ticket.user_id,
		ctx.now
	);
	if (!ticket.assignee_id) return;
	const agent = await findUserById(trx, ticket.assignee_id);
	if (agent?.email)
		await enqueueMail(
			trx,
			customerReplyMail({
				locale: agent.locale,
				to: agent.email,
				name: agent.name,
				ticket,
				customerName,
				link: `${ctx.origin}/agent/tickets/${ticket.ref}`
			}),
			ctx.now
		);
}
