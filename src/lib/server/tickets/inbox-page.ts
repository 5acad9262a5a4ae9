// What the inbox page shows (or why not): the queue under the filters in its address, the filters themselves, and the
// choices the filter form offers.
import * as v from 'valibot';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { QueueQuerySchema, STATUSES } from '$lib/schemas/agent';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import { agentQueue } from './queue';

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
	const parsed = v.safeParse(QueueQuerySchema, params);
	// a hand-edited filter URL shows the unfiltered inbox rather than an error page
	const query = parsed.success ? parsed.output : v.parse(QueueQuerySchema, {});
	const queue = await agentQueue(ctx, user, query);
	if ('ok' in queue) return queue;
	const locale = isLocale(readerLocale) ? readerLocale : 'en';
	return {
		...queue,
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
