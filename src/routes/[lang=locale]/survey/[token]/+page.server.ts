import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import {
	accessByToken,
	answerByToken,
	answerWith,
	setSurveyCookie,
	surveyCookieName,
	surveyPage
} from '$lib/server/reports/surveys';
import { ctxOf } from '$lib/server/http/context';

// The page a survey email opens: no login. ?csat=N (the email's one-click answer) is saved, then the page
// thanks the customer and offers the rest (?saved=1); the full form ends on the thank-you page (?done=1).
// Misused links (forged, expired, used, closed) get a page that says which.
export const prerender = false;

export const load = async (event) => {
	const { params, url, cookies } = event;
	const LL = translator(params.lang);
	const ctx = await ctxOf(event);
	const granted = await accessByToken(
		ctx.db,
		params.token,
		ctx.now,
		cookies.get(surveyCookieName(params.token))
	);
	const quick = ['csat', 'ces', 'nps'].find((k) => url.searchParams.has(k));
	if (quick) {
		const result = await answerWith(
			ctx,
			granted,
			{ [quick]: url.searchParams.get(quick) ?? '' },
			LL
		);
		if (result.ok) {
			if (result.editCookie)
				setSurveyCookie(
					cookies,
					params.token,
					result.editCookie,
					url.protocol === 'https:',
					ctx.now
				);
			// no answer in the address any more: a reload or a mail scanner's second look saves nothing
			redirect(303, `${url.pathname}?saved=1`);
		}
		// a score out of range saved nothing: show the page as it was
		if (result.code !== 'invalid_request') error(result.status, result.message);
	}
	const page = await surveyPage(ctx.db, granted, LL);
	if (!page.ok) error(page.status, page.message);
	return {
		...page.shown,
		saved: url.searchParams.has('saved'),
		done: url.searchParams.has('done')
	};
};

export const actions = {
	default: async (event) => {
		const { params, cookies, url } = event;
		const LL = translator(params.lang);
		const ctx = await ctxOf(event);
		const raw = Object.fromEntries(await event.request.formData()) as Record<string, unknown>;
		const result = await answerByToken(
			ctx,
			params.token,
			raw,
			cookies.get(surveyCookieName(params.token)),
			LL
		);
		if (!result.ok)
			return fail(result.status, {
				message: result.message,
				errors: result.fields ?? {},
				values: raw as Record<string, string>
			});
		if (result.editCookie)
			setSurveyCookie(cookies, params.token, result.editCookie, url.protocol === 'https:', ctx.now);
		// the thank-you page, at its own address: a reload shows it again instead of sending the form twice
		redirect(303, `${url.pathname}?done=1`);
	}
};
