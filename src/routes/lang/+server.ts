import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n/locales';

/**
 * The language switcher's links: remember the reader's choice, then go to the same page in that language.
 * Only a same-site path inside the chosen locale is followed, so this cannot be used as an open redirect.
 */
export const GET = ({ url, cookies }) => {
	const to = url.searchParams.get('to');
	if (!isLocale(to)) redirect(303, '/');
	const next = url.searchParams.get('next') ?? '';
	const safe = (next === `/${to}` || next.startsWith(`/${to}/`)) && !/[\\\s]|\/\//.test(next);
	cookies.set(LOCALE_COOKIE, to, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		sameSite: 'lax',
		httpOnly: true
	});
	redirect(303, safe ? next : `/${to}`);
};
