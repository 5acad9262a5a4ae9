import { localeFromPath } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { dictionaries } from '$lib/server/i18n';

export const load = ({ url, locals }) => {
	const locale = localeFromPath(url.pathname) ?? locals.locale;
	return {
		locale,
		messages: dictionaries[locale],
		privacyHref: content.hasArticle('privacy') ? content.articlePath('privacy', locale) : undefined
	};
};
