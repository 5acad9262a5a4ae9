import { error, fail } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { customerTickets, listStaff, listTeams, ticketEvents } from '$lib/server/db/agent';
import { findTicket, threadOf } from '$lib/server/db/tickets';
import { findUserById } from '$lib/server/db/users';
import { translator } from '$lib/server/i18n';
import { flushMailWorker } from '$lib/server/mail/worker';
import {
	agentReply,
	CALLBACK_OUTCOMES,
	describeEvent,
	duration,
	reasonText,
	logCallback,
	patchTicket,
	SETTABLE_STATUSES,
	suggestAssignee
} from '$lib/server/tickets/agent';
import { answersForTicket } from '$lib/server/tickets/canned';
import { fetchCustomerContext } from '$lib/server/tickets/customer-context';
import { readTicketForm } from '$lib/server/tickets/files';
import { PRIORITIES } from '$lib/server/tickets/priority';
import { ticketJson } from '$lib/server/tickets/service';
import { readTrail } from '$lib/server/tickets/visit';
import type { TicketStatus } from '$lib/server/db/schema';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { requireStaff } from '$lib/server/http/guards';

export const load = async (event) => {
	const user = requireStaff();
	const ctx = await ctxOf(event);
	const LL = translator(event.locals.locale);
	const ticket = await findTicket(ctx.db, user, event.params.ref);
	if (!ticket) error(404, 'Not found');
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
	// tickets stored before the trail was cleaned up may list an article once per view: normalised here too
	const visit = readTrail(ticket.context, (id) => content.hasArticle(id));
	const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
	const articleNow = ticket.article_id
		? content.article(ticket.article_id, (ticket.article_locale as Locale) ?? locale)
		: undefined;
	const suggested = suggestAssignee(ticket, staff, teams);
	// a reply or note that also set the status says so itself, rather than as a line of its own
	const statusWithMessage = new Map<string, string>();
	for (const e of events) {
		const d = e.data as { messageId?: unknown; status?: { to?: unknown } };
		if (typeof d.messageId === 'string' && typeof d.status?.to === 'string')
			statusWithMessage.set(
				d.messageId,
				LL.agent.eventStatus({
					to: LL.agent.statuses[d.status.to as TicketStatus]?.() ?? d.status.to
				})
			);
	}
	const minutes = (from: number, to: number) => Math.round((to - from) / 60_000);
	return {
		// the ticket's clock in words, like the inbox says it
		timing: {
			waiting:
				ticket.awaiting_since !== null
					? reasonText(
							{ code: 'waiting', minutes: minutes(Number(ticket.awaiting_since), ctx.now) },
							LL
						)
					: null,
			due:
				ticket.awaiting_since !== null && ticket.due_at !== null
					? reasonText(
							Number(ticket.due_at) >= ctx.now
								? { code: 'due', minutes: minutes(ctx.now, Number(ticket.due_at)) }
								: { code: 'overdue', minutes: minutes(Number(ticket.due_at), ctx.now) },
							LL
						)
					: null
		},
		ticket: json,
		// streamed: a slow or failing shop system never holds up the page
		shop: fetchCustomerContext({ id: ticket.user_id, email: customer?.email ?? null }),
		events: events.map((e) => ({
			id: e.id,
			by: e.actorName,
			at: new Date(e.createdAt).toISOString(),
			text: describeEvent(e, LL)
		})),
		articleCard: ticket.article_id
			? {
					id: ticket.article_id,
					title: articleNow?.meta.title ?? ticket.article_id,
					href: articleNow ? content.articlePath(ticket.article_id, locale) : null,
					file: articleNow?.meta.file ?? null,
					sentUpdated: ticket.article_updated,
					nowUpdated: articleNow?.meta.updated ?? null,
					changed: !!articleNow && articleNow.meta.updated !== ticket.article_updated
				}
			: null,
		customer: customer
			? {
					id: customer.id,
					name: customer.name,
					email: customer.email,
					shop: customer.shop_name,
					shopUrl: customer.shop_url,
					locale: customer.locale,
					phone: customer.phone,
					since: LL.agent.customerSince({
						duration: duration(minutes(Number(customer.created_at), ctx.now), LL)
					})
				}
			: null,
		earlier: earlier.map((t) => ({
			ref: t.ref,
			subject: t.subject,
			status: t.status,
			createdAt: new Date(Number(t.created_at)).toISOString()
		})),
		/**
		 * The visit trail, oldest first: searches, articles read (each once, with its reads counted), then the
		 * suggestions the contact form offered that did not answer the question.
		 */
		trail: [
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
			.map(({ item }) => item),
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
					text: describeEvent(e, LL)
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
};

function conflictOrFail(
	result: { status: number; message: string; fields?: Record<string, string>; changes?: unknown[] },
	values: Record<string, unknown>,
	form: string
) {
	return fail(result.status, {
		form,
		message: result.message,
		errors: result.fields ?? {},
		changes: result.changes ?? null,
		values: Object.fromEntries(
			Object.entries(values).filter(([k, v]) => typeof v === 'string' && k !== 'version')
		) as Record<string, string>
	});
}

export const actions = {
	reply: async (event) => {
		const user = requireStaff();
		const LL = translator(event.locals.locale);
		const body = await readTicketForm(event.request);
		if (!body) return fail(400, { form: 'reply', message: LL.errors.invalidRequest() });
		const result = await agentReply(
			await ctxOf(event),
			user,
			event.params.ref,
			body.fields,
			body.uploads,
			LL
		);
		if (!result.ok) return conflictOrFail(result, body.fields, 'reply');
		await flushMailWorker();
		return { form: 'reply', done: true };
	},
	update: async (event) => {
		const user = requireStaff();
		const LL = translator(event.locals.locale);
		const raw = await formObject(event.request);
		const result = await patchTicket(await ctxOf(event), user, event.params.ref, raw, LL);
		if (!result.ok) return conflictOrFail(result, raw, 'update');
		await flushMailWorker();
		return { form: 'update', done: true };
	},
	callback: async (event) => {
		const user = requireStaff();
		const LL = translator(event.locals.locale);
		const raw = await formObject(event.request);
		const result = await logCallback(await ctxOf(event), user, event.params.ref, raw, LL);
		if (!result.ok) return conflictOrFail(result, raw, 'callback');
		return { form: 'callback', done: true };
	}
};
