// What the agent's ticket page shows, as data: the ticket and its thread, the log, the customer and their other
// tickets, the visit trail, the people who could take it, canned answers and suggestions. Durations, reasons
// and events stay codes here; $lib/tickets/ticket-page puts them in the agent's words.
import { isLocale, type Locale } from '$lib/i18n/locales';
import { CALLBACK_OUTCOMES, PRIORITIES, SETTABLE_STATUSES } from '$lib/schemas/agent';
import type { Reason } from '$lib/tickets/words';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import { listStaff } from '../db/staff';
import { listTeams } from '../db/teams';
import { ticketEvents } from '../db/ticket-events';
import { customerTickets, findTicket, threadOf, type Ticket } from '../db/tickets';
import { findUserById } from '../db/users';
import { isStaff } from './access';
import { answersForTicket } from './canned';
import { suggestAssignee } from './changes';
import { fetchCustomerContext } from './customer-context';
import { ticketJson } from './json';
import { readTrail } from './visit';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const minutes = (from: number, to: number) => Math.round((to - from) / 60_000);

/** The ticket's clock, as the inbox states it: how long the customer has waited, when the answer is due. */
function timing(ticket: Ticket, now: number): { waiting: Reason | null; due: Reason | null } {
	const since = ticket.awaiting_since === null ? null : Number(ticket.awaiting_since);
	const due = ticket.due_at === null ? null : Number(ticket.due_at);
	return {
		waiting: since !== null ? { code: 'waiting', minutes: minutes(since, now) } : null,
		due:
			since !== null && due !== null
				? due >= now
					? { code: 'due', minutes: minutes(now, due) }
					: { code: 'overdue', minutes: minutes(due, now) }
				: null
	};
}

/**
 * The visit trail, oldest first: searches, articles read (each once, with its reads counted), then the
 * suggestions the contact form offered that did not answer the question.
 */
function trail(ticket: Ticket, locale: Locale) {
	// tickets stored before the trail was cleaned up may list an article once per view: normalised here too
	const visit = readTrail(ticket.context, (id) => content.hasArticle(id));
	return (
		[
			...visit.searches.map((s, i) => ({
				key: `s${i}`,
				kind: 'search' as const,
				query: s.query,
				results: s.results,
				count: s.count,
				opened: s.opened ? (content.article(s.opened, locale)?.meta.title ?? s.opened) : null,
				at: iso(s.at)
			})),
			...visit.read.map((r, i) => {
				const readIn: Locale = isLocale(r.locale) ? r.locale : locale;
				return {
					key: `r${i}`,
					kind: 'read' as const,
					title: content.article(r.id, readIn)?.meta.title ?? r.id,
					href: content.articlePath(r.id, readIn),
					count: r.count,
					at: iso(r.firstAt),
					lastAt: iso(r.lastAt)
				};
			}),
			// offered by the contact form while the customer wrote (no time of their own: just before writing)
			...visit.suggested.map((a, i) => ({
				key: `o${i}`,
				kind: 'suggested' as const,
				title: content.article(a.id, locale)?.meta.title ?? a.id,
				href: content.articlePath(a.id, locale),
				opened: a.opened,
				at: null
			}))
		]
			// unknown times (old tickets) after the known ones, in their stored order
			.map((item, order) => ({ item, order }))
			.sort(
				(a, b) =>
					(a.item.at ? Date.parse(a.item.at) : Infinity) -
						(b.item.at ? Date.parse(b.item.at) : Infinity) || a.order - b.order
			)
			.map(({ item }) => item)
	);
}

/** The article the customer came from, and whether it changed since they read it. */
function articleCard(ticket: Ticket, locale: Locale) {
	if (!ticket.article_id) return null;
	const now = content.article(ticket.article_id, (ticket.article_locale as Locale) ?? locale);
	return {
		id: ticket.article_id,
		title: now?.meta.title ?? ticket.article_id,
		href: now ? content.articlePath(ticket.article_id, locale) : null,
		file: now?.meta.file ?? null,
		sentUpdated: ticket.article_updated,
		nowUpdated: now?.meta.updated ?? null,
		changed: !!now && now.meta.updated !== ticket.article_updated
	};
}

/** Everything the agent's ticket page shows; undefined when the ticket does not exist or the user is not staff. */
export async function agentTicketPage(ctx: Ctx, user: SessionUser, ref: string) {
	const ticket = isStaff(user) ? await findTicket(ctx.db, user, ref) : undefined;
	if (!ticket) return undefined;
	const locale: Locale = isLocale(ticket.locale) ? ticket.locale : 'en';
	const thread = await threadOf(ctx.db, ticket.id, true);
	const [json, events, customer, earlier, staff, teams] = await Promise.all([
		ticketJson(ctx, user, ticket, thread),
		ticketEvents(ctx.db, ticket.id),
		findUserById(ctx.db, ticket.user_id),
		customerTickets(ctx.db, ticket.user_id),
		listStaff(ctx.db),
		listTeams(ctx.db)
	]);
	const firstMessage = thread.find((m) => m.authorRole === 'customer')?.body ?? '';
	const { all: canned, suggestions } = await answersForTicket(
		ctx,
		ticket,
		customer?.name ?? '',
		firstMessage
	);
	const suggested = suggestAssignee(ticket, staff, teams);
	// a reply or note that also set the status says so itself, rather than as a line of its own
	const statusWithMessage = new Map<string, string>();
	for (const e of events) {
		const d = e.data as { messageId?: unknown; status?: { to?: unknown } };
		if (typeof d.messageId === 'string' && typeof d.status?.to === 'string')
			statusWithMessage.set(d.messageId, d.status.to);
	}
	return {
		timing: timing(ticket, ctx.now),
		ticket: json,
		// streamed: a slow or failing shop system never holds up the page
		shop: fetchCustomerContext({ id: ticket.user_id, email: customer?.email ?? null }),
		events,
		articleCard: articleCard(ticket, locale),
		customer: customer
			? {
					id: customer.id,
					name: customer.name,
					email: customer.email,
					shop: customer.shop_name,
					shopUrl: customer.shop_url,
					locale: customer.locale,
					phone: customer.phone,
					/** How long they have been a customer, in minutes. */
					since: minutes(Number(customer.created_at), ctx.now)
				}
			: null,
		earlier: earlier.map((t) => ({
			ref: t.ref,
			subject: t.subject,
			status: t.status,
			createdAt: new Date(Number(t.created_at)).toISOString()
		})),
		trail: trail(ticket, locale),
		/**
		 * The conversation as one thread, oldest first: messages, and between them what changed (status,
		 * assignment, priority, team, call-backs). A status set with a reply is told on that reply.
		 */
		timeline: [
			...json.messages.map((m) => ({
				key: `m-${m.id}`,
				kind: 'message' as const,
				at: m.createdAt,
				message: m,
				statusSet: statusWithMessage.get(m.id) ?? null
			})),
			...events
				.filter((e) => e.kind === 'update' || e.kind === 'callback')
				.map((e) => ({
					key: `e-${e.id}`,
					kind: 'event' as const,
					at: new Date(e.createdAt).toISOString(),
					by: e.actorName,
					event: e
				}))
		]
			.map((item, order) => ({ item, order }))
			.sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at) || a.order - b.order)
			.map(({ item }) => item),
		staff: staff.map((s) => ({ id: s.id, name: s.name, openTickets: s.openTickets })),
		teams: teams.map((t) => ({ id: t.id, name: t.name })),
		suggested: {
			agent: suggested.agent
				? { id: suggested.agent.id, name: suggested.agent.name, open: suggested.agent.openTickets }
				: null,
			team: suggested.team ? { id: suggested.team.id, name: suggested.team.name } : null
		},
		canned,
		suggestions,
		articles: content
			.articleIds()
			.map((id) => ({
				id,
				title: content.article(id, locale)!.meta.title,
				url: `${ctx.origin}${content.articlePath(id, locale)}`
			}))
			.sort((a, b) => a.title.localeCompare(b.title, locale)),
		statuses: SETTABLE_STATUSES,
		priorities: PRIORITIES,
		outcomes: CALLBACK_OUTCOMES
	};
}

export type AgentTicketPage = NonNullable<Awaited<ReturnType<typeof agentTicketPage>>>;
