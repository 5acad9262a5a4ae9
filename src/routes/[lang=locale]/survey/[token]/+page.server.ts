import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import {
	answerByToken,
	openSurvey,
	setSurveyCookie,
	surveyCookieName,
	type QuickScore
} from '$lib/server/surveys';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { errorText, fieldTexts } from '$lib/server/http/messages';

// The page a survey email opens: no login. Opening it stores nothing, since mail scanners open links too:
// ?csat=N (the email's one-click answer) is chosen on the form, and the reader's Send (a POST) stores the
// answers and ends on the thank-you page (?done=1). Misused links (forged, expired, used, closed) get a page
// that says which.
export const prerender = false;

export const load = async (event) => {
	const { params, url, cookies } = event;
	const name = (['csat', 'ces', 'nps'] as const).find((k) => url.searchParams.has(k));
	const quick: QuickScore | undefined = name && { name, value: url.searchParams.get(name) ?? '' };
	const cookie = cookies.get(surveyCookieName(params.token));
	const result = await openSurvey(await ctxOf(event), params.token, cookie, quick);
	if (!result.ok) error(result.status, errorText(result.message, translator(params.lang)));
	return { chosen: false, ...result.shown, done: url.searchParams.has('done') };
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
