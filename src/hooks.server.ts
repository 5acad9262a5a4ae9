import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { LOCALE_COOKIE, LOCALE_INFO, localeFromPath, negotiateLocale } from '$lib/i18n/locales';

/** The page's locale from its /<locale>/ prefix; elsewhere (/, unknown locales) negotiated. */
const locale: Handle = async ({ event, resolve }) => {
	const fromPath = localeFromPath(event.url.pathname);
	const locale =
		fromPath ??
		negotiateLocale(event.request.headers.get('accept-language'), event.cookies.get(LOCALE_COOKIE));
	event.locals.locale = locale;
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', locale).replace('%dir%', LOCALE_INFO[locale].dir)
	});
};

/** Headers CSP cannot carry; the CSP itself comes from kit.csp (svelte.config.js). */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

export const handle = sequence(locale, securityHeaders);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
