import { building } from '$app/environment';
import { localeFromPath } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { ARTICLE_ROUTE, HOME_ROUTE } from '$lib/server/content/fallback';
import { getDb } from '$lib/server/db';
import { countAwaitingCustomer } from '$lib/server/db/tickets';
import { messagesFor } from '$lib/server/i18n';

export const load = async ({ url, locals, route }) => {
	const locale = localeFromPath(url.pathname) ?? locals.locale;
	return {
		locale,
		messages: messagesFor(locale, route.id),
		privacyHref: content.hasArticle('privacy') ? content.articlePath('privacy', locale) : undefined,
		/**
		 * Who reads, for the header's "My tickets": undefined on prerendered pages and on article and home pages
		 * rendered on request (one copy serves every reader, see content/fallback.ts: the island asks), null for
		 * nobody, else how many tickets wait for the reader's answer.
		 */
		viewer:
			building || route.id === ARTICLE_ROUTE || route.id === HOME_ROUTE
				? undefined
				: locals.user && !url.pathname.startsWith('/agent')
					? { awaiting: await countAwaitingCustomer(await getDb(), locals.user.id) }
					: null
	};
};
