import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { setUserPreferences } from '$lib/server/db/agent';
import { translator } from '$lib/server/i18n';
import { agentQueue, QueueQuerySchema, STATUSES } from '$lib/server/tickets/agent';
import { isValidTimeZone } from '$lib/server/service-hours';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { requireStaff } from '$lib/server/http/guards';

export const load = async (event) => {
	const user = requireStaff();
	const LL = translator(event.locals.locale);
	const params = Object.fromEntries(event.url.searchParams);
	// the filter form without JavaScript sends one status=… per ticked chip; the API's form is status=a,b
	const statuses = event.url.searchParams.getAll('status');
	if (statuses.length > 1) params.status = statuses.join(',');
	const parsed = v.safeParse(QueueQuerySchema, params);
	// a hand-edited filter URL shows the unfiltered inbox rather than an error page
	const query = parsed.success ? parsed.output : v.parse(QueueQuerySchema, {});
	const queue = await agentQueue(await ctxOf(event), user, query, LL);
	if ('ok' in queue) error(queue.status, queue.message);
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
		categories: content.categoryIds().map((id) => ({
			id,
			title: content.category(id, isLocale(event.locals.locale) ? event.locals.locale : 'en')!.meta
				.title
		})),
		statuses: STATUSES
	};
};

export const actions = {
	/** The agent's own workspace language and time zone (the header form on every agent page). */
	preferences: async (event) => {
		const user = requireStaff();
		const form = await formObject(event.request);
		const locale = String(form.locale ?? '');
		const timeZone = String(form.timeZone ?? '');
		const LL = translator(event.locals.locale);
		if (!isLocale(locale)) return fail(422, { message: LL.errors.invalidLocale() });
		if (!isValidTimeZone(timeZone)) return fail(422, { message: LL.errors.invalidTimeZone() });
		const ctx = await ctxOf(event);
		await setUserPreferences(ctx.db, user.id, { locale, timeZone });
		const back = event.request.headers.get('referer');
		const path =
			back && new URL(back).origin === event.url.origin ? new URL(back).pathname : '/agent';
		redirect(303, path.startsWith('/agent') ? path : '/agent');
	}
};
