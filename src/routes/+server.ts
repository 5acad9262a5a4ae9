import { LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/locales';

/** / → /<locale>: the reader's explicit choice (cookie) wins, then Accept-Language. */
export const GET = ({ request, cookies }) => {
	const locale = negotiateLocale(
		request.headers.get('accept-language'),
		cookies.get(LOCALE_COOKIE)
	);
	return new Response(null, {
		status: 302,
		headers: {
			location: `/${locale}`,
			vary: 'Accept-Language, Cookie',
			'cache-control': 'private, no-cache'
		}
	});
};
