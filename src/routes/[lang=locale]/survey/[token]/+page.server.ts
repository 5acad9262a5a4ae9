import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { answerByToken, openSurvey, setSurveyCookie, surveyCookieName } from '$lib/server/surveys';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { errorText, fieldTexts } from '$lib/server/http/messages';

// The page a survey email opens: no login. ?csat=N (the email's one-click answer) is saved, then the page
// thanks the customer and offers the rest (?saved=1); the full form ends on the thank-you page (?done=1).
// Misused links (forged, expired, used, closed) get a page that says which.
export const prerender = false;

export const load = async (event) => {
	const { params, url, cookies } = event;
	const ctx = await ctxOf(event);
	const quick = ['csat', 'ces', 'nps'].find((k) => url.searchParams.has(k));
	const cookie = cookies.get(surveyCookieName(params.token));
	const answer = quick ? { [quick]: url.searchParams.get(quick) ?? '' } : undefined;
	const result = await openSurvey(ctx, params.token, cookie, answer);
	if (!result.ok) error(result.status, errorText(result.message, translator(params.lang)));
	if ('saved' in result) {
		if (result.editCookie)
			setSurveyCookie(cookies, params.token, result.editCookie, url.protocol === 'https:', ctx.now);
		// no answer in the address any more: a reload or a mail scanner's second look saves nothing
		redirect(303, `${url.pathname}?saved=1`);
	}
	return {
		...result.shown,
		saved: url.searchParams.has('saved'),
		done: url.searchParams.has('done')
	};
};

export const actions = {
	default: async (event) => {
		const { params, cookies, url } = event;
		const ctx = await ctxOf(event);
		const raw = await formObject(event.request);
		const cookie = cookies.get(surveyCookieName(params.token));
		const result = await answerByToken(ctx, params.token, raw, cookie);
		if (!result.ok) {
			const LL = translator(params.lang);
			const errors = fieldTexts(result.fields, LL);
			const values = raw as Record<string, string>;
			return fail(result.status, { message: errorText(result.message, LL), errors, values });
		}
		if (result.editCookie)
			setSurveyCookie(cookies, params.token, result.editCookie, url.protocol === 'https:', ctx.now);
		// the thank-you page, at its own address: a reload shows it again instead of sending the form twice
		redirect(303, `${url.pathname}?done=1`);
	}
};
