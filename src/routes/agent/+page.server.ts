import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { cursor } from '$lib/server/live';
import { inboxPage } from '$lib/server/tickets/inbox-page';
import { savePreferences } from '$lib/server/tickets/staff';
import { queueInWords, reasonsInWords } from '$lib/tickets/words';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { requireStaff } from '$lib/server/http/guards';
import { errorText } from '$lib/server/http/messages';

export const load = async (event) => {
	const user = requireStaff();
	const LL = translator(event.locals.locale);
	// before the queue is read: the page's event stream starts here (src/lib/server/live)
	const live = cursor();
	const page = await inboxPage(
		await ctxOf(event),
		user,
		event.url.searchParams,
		event.locals.locale
	);
	if ('ok' in page) error(page.status, errorText(page.message, LL));
	return {
		...page,
		live,
		tickets: reasonsInWords(page.tickets, LL),
		callbacks: queueInWords(page.callbacks, LL)
	};
};

export const actions = {
	/** The agent's own workspace language and time zone (the header form on every agent page). */
	preferences: async (event) => {
		const user = requireStaff();
		const result = await savePreferences(await ctxOf(event), user, await formObject(event.request));
		if (!result.ok)
			return fail(422, { message: errorText(result.message, translator(event.locals.locale)) });
		const back = event.request.headers.get('referer');
		const path =
			back && new URL(back).origin === event.url.origin ? new URL(back).pathname : '/agent';
		redirect(303, path.startsWith('/agent') ? path : '/agent');
	}
};
