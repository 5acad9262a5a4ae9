// What the inbox page shows (or why not): the first page of the queue under the filters in its address, the
// filters themselves, and the choices the filter form offers.
import * as v from 'valibot';
import { INBOX_PAGE } from '$lib/agent/inbox-view';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { QueueQuerySchema, STATUSES } from '$lib/schemas/agent';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import { agentQueue, type QueueItem } from './queue';

/**
 * What a row of the inbox shows of a ticket: the page sends only that to the browser, not the API's whole item
 * (ids, times the row does not show), as a page of the inbox is most of what the workspace sends.
 */
function row(t: QueueItem) {
	return {
		ref: t.ref,
		subject: t.subject,
		status: t.status,
		priority: t.priority,
		locale: t.locale,
		category: t.category,
		categoryName: t.categoryName,
		customer: { name: t.customer.name, email: t.customer.email },
		assignee: t.assignee && { name: t.assignee.name },
		team: t.team && { name: t.team.name },
		reasons: t.reasons,
		dueAt: t.dueAt
	};
}

export async function inboxPage(
	ctx: Ctx,
	user: SessionUser,
	search: URLSearchParams,
	readerLocale: string
) {
	const params = Object.fromEntries(search);
	// the filter form without JavaScript sends one status=… per ticked chip; the API's form is status=a,b
	const statuses = search.getAll('status');
	if (statuses.length > 1) params.status = statuses.join(',');
	// a page of the inbox at a time, as help desks show it; "show more" asks for more of it (?limit=)
	params.limit ??= String(INBOX_PAGE);
	const parsed = v.safeParse(QueueQuerySchema, params);
	// a hand-edited filter URL shows the unfiltered inbox rather than an error page
	const query = parsed.success
		? parsed.output
		: v.parse(QueueQuerySchema, { limit: String(INBOX_PAGE) });
	const queue = await agentQueue(ctx, user, query);
	if ('ok' in queue) return queue;
	const locale = isLocale(readerLocale) ? readerLocale : 'en';
	return {
		...queue,
		tickets: queue.tickets.map(row),
		filters: {
			view: query.view,
			locale: query.locale,
			category: query.category,
			status: query.status.join(','),
			q: query.q
		},
		locales: LOCALES,
		categories: content
			.categoryIds()
			.map((id) => ({ id, title: content.category(id, locale)!.meta.title })),
		statuses: STATUSES
	};
}
