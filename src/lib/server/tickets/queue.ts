// The inbox: the one place that decides its order. The order the support team promises customers: an agent's
// explicit priority first, then customers who rarely write before those who write daily, then the longest wait,
// then the nearest SLA due time (a pure rule, one table of cases in queue.spec.ts, whose keys the database sorts
// by: db/queue.ts says them in SQL, and queue.spec.ts checks both agree); then the queue itself, each ticket
// with the reasons for its place (codes: $lib/tickets/words says them), and the call-backs still to make.
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { QueueQuery } from '$lib/schemas/agent';
import type { Reason } from '$lib/tickets/words';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import {
	readInbox,
	type InboxKey,
	type InboxOrder,
	type QueueRow,
	type QueueView
} from '../db/queue';
import type { Priority, TicketStatus } from '../db/schema';
import type { Ticket } from '../db/tickets';
import { isStaff } from './access';
import { forbidden, type Refusal } from './refusals';

export { PRIORITIES } from '$lib/schemas/agent';
export type { Reason };
/** How far back "how often does this customer write" looks. */
export const FREQUENCY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface Rankable {
	ref: string;
	/** Set by an agent; null = automatic. */
	priority: Priority | null;
	/** The customer's tickets created in the last 30 days, this one included. */
	recentTickets: number;
	/** Since when the customer has waited for us; null when nobody waits (pending, solved). */
	awaitingSince: number | null;
	dueAt: number | null;
	createdAt: number;
}

const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };
/** What a ticket without an agent's priority ranks as. */
const UNSET: Priority = 'normal';

function rank(t: Rankable): number {
	return PRIORITY_RANK[t.priority ?? UNSET];
}

/** The order, key by key: the first that differs decides. The database sorts by the same keys (db/queue.ts). */
export const INBOX_ORDER = [
	'priority',
	'recentTickets',
	'awaitingSince',
	'dueAt',
	'createdAt',
	'ref'
] as const satisfies readonly InboxKey[];

/** Each key as a comparison, negative when a comes first; a missing wait or due time comes last. */
const COMPARE: Record<InboxKey, (a: Rankable, b: Rankable) => number> = {
	priority: (a, b) => rank(a) - rank(b),
	recentTickets: (a, b) => a.recentTickets - b.recentTickets,
	awaitingSince: (a, b) => (a.awaitingSince ?? Infinity) - (b.awaitingSince ?? Infinity),
	dueAt: (a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity),
	createdAt: (a, b) => a.createdAt - b.createdAt,
	ref: (a, b) => a.ref.localeCompare(b.ref)
};

/** Negative when a comes first. */
export function compareTickets(a: Rankable, b: Rankable): number {
	for (const key of INBOX_ORDER) {
		// two missing times compare as NaN: neither comes first, the next key decides
		const d = COMPARE[key](a, b);
		if (d) return d;
	}
	return 0;
}

/** The order as the database sorts by it, with "recently" meaning since FREQUENCY_WINDOW_MS before `now`. */
export function inboxOrder(now: number): InboxOrder {
	return {
		keys: INBOX_ORDER,
		priorityRank: PRIORITY_RANK,
		unset: UNSET,
		since: now - FREQUENCY_WINDOW_MS
	};
}

export function reasonsFor(t: Rankable, now: number): Reason[] {
	const reasons: Reason[] = [];
	if (t.priority && t.priority !== 'normal')
		reasons.push({ code: 'priority', priority: t.priority });
	reasons.push({ code: 'frequency', tickets: t.recentTickets });
	if (t.awaitingSince !== null)
		reasons.push({
			code: 'waiting',
			minutes: Math.max(0, Math.floor((now - t.awaitingSince) / 60_000))
		});
	if (t.dueAt !== null) {
		const minutes = Math.round((t.dueAt - now) / 60_000);
		reasons.push(minutes >= 0 ? { code: 'due', minutes } : { code: 'overdue', minutes: -minutes });
	}
	return reasons;
}

export function prioritise<T extends Rankable>(
	tickets: T[],
	now: number
): (T & { position: number; reasons: Reason[] })[] {
	return [...tickets]
		.sort(compareTickets)
		.map((t, i) => ({ ...t, position: i + 1, reasons: reasonsFor(t, now) }));
}

// ---- the queue ----

export interface CallbackInfo {
	phone: string;
	note: string | null;
	state: 'requested' | 'done' | null;
	start: string | null;
	end: string | null;
	/** The customer's zone, as they gave it. */
	timeZone: string | null;
}

export interface QueueItem {
	ref: string;
	subject: string;
	status: TicketStatus;
	priority: Priority | null;
	locale: string;
	category: string | null;
	categoryName: string | null;
	customer: { id: string; name: string; email: string | null };
	assignee: { id: string; name: string } | null;
	team: { id: string; name: string } | null;
	article: { id: string; title: string } | null;
	recentTickets: number;
	position: number;
	reasons: Reason[];
	waitingSince: string | null;
	dueAt: string | null;
	callback: CallbackInfo | null;
	createdAt: string;
	updatedAt: string;
	version: number;
}

export interface Queue {
	tickets: QueueItem[];
	total: number;
	callbacks: QueueItem[];
	/** How many tickets each view holds under the same language, category, status and text filters. */
	views: Record<QueueView, number>;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

export function callbackOf(
	t: Pick<
		Ticket,
		| 'callback_phone'
		| 'callback_window'
		| 'callback_state'
		| 'callback_start'
		| 'callback_end'
		| 'callback_tz'
	>
): CallbackInfo | null {
	if (!t.callback_phone) return null;
	return {
		phone: t.callback_phone,
		note: t.callback_window || null,
		state: t.callback_state,
		start: t.callback_start ? iso(t.callback_start) : null,
		end: t.callback_end ? iso(t.callback_end) : null,
		timeZone: t.callback_tz
	};
}

function queueItem(
	r: QueueRow,
	x: { recentTickets: number; position: number; reasons: Reason[] }
): QueueItem {
	const locale: Locale = isLocale(r.locale) ? r.locale : 'en';
	// a ticket's times are often one instant (created, updated, waiting since): written once
	const created = iso(r.created_at)!;
	const same = (ms: number | null) => (Number(ms) === Number(r.created_at) ? created : iso(ms));
	return {
		ref: r.ref,
		subject: r.subject,
		status: r.status,
		priority: r.priority,
		locale: r.locale,
		category: r.category,
		categoryName: r.category
			? (content.category(r.category, locale)?.meta.title ?? r.category)
			: null,
		customer: { id: r.user_id, name: r.customer_name, email: r.customer_email },
		assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
		team: r.team_id ? { id: r.team_id, name: r.team_name ?? '' } : null,
		article: r.article_id
			? {
					id: r.article_id,
					title: content.article(r.article_id, locale)?.meta.title ?? r.article_id
				}
			: null,
		recentTickets: x.recentTickets,
		position: x.position,
		reasons: x.reasons,
		waitingSince: same(r.awaiting_since),
		dueAt: iso(r.due_at),
		callback: callbackOf(r),
		createdAt: created,
		updatedAt: same(r.updated_at)!,
		version: Number(r.version)
	};
}

/** The inbox in priority order, each ticket with the reasons for its place, and the call-backs still to make. */
export async function agentQueue(
	ctx: Ctx,
	user: SessionUser,
	query: QueueQuery
): Promise<Queue | Refusal> {
	if (!isStaff(user)) return forbidden();
	const statuses: TicketStatus[] = query.status.length
		? query.status.flatMap((s) => (s === 'active' ? ['new', 'open'] : [s as TicketStatus]))
		: ['new', 'open'];
	const filters = {
		userId: user.id,
		view: query.view,
		locale: query.locale || undefined,
		category: query.category || undefined,
		q: query.q || undefined
	};
	const order = inboxOrder(ctx.now);
	const status = [...new Set(statuses)];
	// how often customers wrote lately is recounted first where a ticket has left the window since (exact as of
	// now); the database sorts every matching ticket and returns the first `limit`: only those are described
	const { rows, callbacks, views } = await readInbox(
		ctx.db,
		{ ...filters, status },
		['new', 'open', 'pending', 'solved'],
		order,
		query.limit
	);
	const item = (r: QueueRow, position: number) => {
		const rankable: Rankable = {
			ref: r.ref,
			priority: r.priority,
			recentTickets: r.recent_tickets,
			awaitingSince: r.awaiting_since === null ? null : Number(r.awaiting_since),
			dueAt: r.due_at === null ? null : Number(r.due_at),
			createdAt: Number(r.created_at)
		};
		return queueItem(r, {
			recentTickets: r.recent_tickets,
			position,
			reasons: reasonsFor(rankable, ctx.now)
		});
	};
	return {
		tickets: rows.map((r, i) => item(r, i + 1)),
		total: views[query.view],
		callbacks: callbacks.map((r) => item(r, r.position)),
		views
	};
}
