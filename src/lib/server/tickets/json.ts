// A ticket as the API and the pages read it: the thread without internal notes for customers, files as links,
// the customer and the assignee only for staff.
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import {
	findTicket,
	peopleOf,
	threadOf,
	ticketsOf,
	type ThreadMessage,
	type Ticket
} from '../db/tickets';
import { surveyForOwner } from '../surveys';
import { isStaff } from './access';
import { formatDue, loadServiceSettings } from '../service-hours';

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** A ticket as the API returns it: the thread without internal notes for customers, files as links. */
export async function ticketJson(
	ctx: Ctx,
	user: SessionUser,
	ticket: Ticket,
	thread: ThreadMessage[]
) {
	// only staff see the customer and the assignee: a customer's view reads no users
	const people = user.role === 'customer' ? undefined : await peopleOf(ctx.db, ticket);
	const locale: Locale = isLocale(ticket.locale) ? ticket.locale : 'en';
	const article = ticket.article_id ? content.article(ticket.article_id, locale) : undefined;
	return {
		ref: ticket.ref,
		subject: ticket.subject,
		status: ticket.status,
		locale: ticket.locale,
		category: ticket.category,
		version: ticket.version,
		createdAt: new Date(ticket.created_at).toISOString(),
		updatedAt: new Date(ticket.updated_at).toISOString(),
		article: ticket.article_id
			? {
					id: ticket.article_id,
					locale: ticket.article_locale,
					updated: ticket.article_updated,
					title: article?.meta.title ?? ticket.article_id,
					href: article ? content.articlePath(ticket.article_id, locale) : null
				}
			: null,
		callback: ticket.callback_phone
			? {
					phone: ticket.callback_phone,
					window: ticket.callback_window,
					start: iso(ticket.callback_start),
					end: iso(ticket.callback_end),
					timeZone: ticket.callback_tz,
					state: ticket.callback_state
				}
			: null,
		/** When the customer can expect the next answer; null when nobody is waiting on support. */
		expectedBy: ticket.awaiting_since !== null ? iso(ticket.due_at) : null,
		...(people
			? {
					customer: {
						id: ticket.user_id,
						name: people.customer?.name ?? '',
						email: people.customer?.email ?? null
					},
					priority: ticket.priority,
					assignee: people.assignee ? { id: people.assignee.id, name: people.assignee.name } : null,
					team: ticket.team_id,
					waitingSince: iso(ticket.awaiting_since),
					firstResponseAt: iso(ticket.first_response_at),
					solvedAt: iso(ticket.solved_at)
				}
			: {}),
		messages: thread.map((m) => ({
			id: m.id,
			author: m.authorId === user.id ? 'you' : m.authorRole === 'customer' ? 'customer' : 'support',
			authorName: m.authorName,
			body: m.body,
			internal: m.internal,
			createdAt: new Date(m.createdAt).toISOString(),
			attachments: m.attachments.map((a) => ({
				id: a.id,
				filename: a.filename,
				contentType: a.contentType,
				size: a.size,
				url: `/api/v1/attachments/${a.id}`
			}))
		}))
	};
}

/** The ticket with its thread as this user may read it (internal notes for staff only). */
export async function ticketWithThread(ctx: Ctx, user: SessionUser, ticket: Ticket) {
	return ticketJson(ctx, user, ticket, await threadOf(ctx.db, ticket.id, isStaff(user)));
}

/** The ticket a reference names with its thread, if this user may see it. */
export async function readTicket(ctx: Ctx, user: SessionUser, ref: string) {
	const ticket = await findTicket(ctx.db, user, ref);
	return ticket ? ticketWithThread(ctx, user, ticket) : undefined;
}

/** The user's own tickets, newest activity first, as the API lists them. */
export async function ownTickets(ctx: Ctx, user: SessionUser) {
	return (await ticketsOf(ctx.db, user.id)).map((t) => ({
		ref: t.ref,
		subject: t.subject,
		status: t.status,
		locale: t.locale,
		updatedAt: new Date(t.updated_at).toISOString(),
		createdAt: new Date(t.created_at).toISOString()
	}));
}

/**
 * The customer's page of their ticket: the thread without internal notes, when to expect an answer (worded as
 * the confirmation mail words it: same zone, same format) and the survey when there is one to answer.
 */
export async function customerTicketPage(ctx: Ctx, user: SessionUser, ref: string, locale: string) {
	const ticket = await findTicket(ctx.db, user, ref);
	if (!ticket) return undefined;
	const waiting = ticket.awaiting_since !== null && ticket.due_at !== null;
	const settings = waiting ? await loadServiceSettings(ctx.db) : undefined;
	return {
		ticket: await ticketJson(ctx, user, ticket, await threadOf(ctx.db, ticket.id, false)),
		due: settings ? formatDue(Number(ticket.due_at), locale, ticket.callback_tz, settings) : null,
		survey: await surveyForOwner(ctx.db, ticket.id, ctx.now)
	};
}
