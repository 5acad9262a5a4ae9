import { localeFromPath } from '$lib/i18n/locales';
import { dictionaries } from '$lib/server/i18n';

export const load = ({ url, locals }) => {
	const locale = localeFromPath(url.pathname) ?? locals.locale;
	return { locale, messages: dictionaries[locale] };
};
