import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import {
	accessByToken,
	answerByToken,
	answersOf,
	EDIT_WINDOW_MS,
	setSurveyCookie,
	surveyCookieName
} from '$lib/server/reports/surveys';

// The page a survey email opens: no login. ?csat=N (the email's one-click answer) is saved, then the page
// offers the rest. Misused links (forged, expired, used, closed) get a page that says which.
export const prerender = false;

export const load = async (event) => {
	const { params, url, cookies } = event;
	const LL = translator(params.lang);
	const ctx = await ctxOf(event);
	const cookie = cookies.get(surveyCookieName(params.token));
	const quick = ['csat', 'ces', 'nps'].find((k) => url.searchParams.has(k));
	if (quick) {
		const result = await answerByToken(
			ctx,
			params.token,
			{ [quick]: url.searchParams.get(quick) ?? '' },
			cookie,
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
		if (result.code !== 'invalid_request') error(result.status, result.message);
	}
	const granted = await accessByToken(await getDb(), params.token, ctx.now, cookie);
	if (granted.kind === 'invalid') error(404, LL.survey.invalidLink());
	if (granted.kind === 'view')
		error(
			410,
			{ expired: LL.survey.expired(), used: LL.survey.used(), closed: LL.survey.closed() }[
				granted.reason
			]
		);
	const ticket = await ctx.db
		.selectFrom('tickets')
		.select(['ref', 'subject'])
		.where('id', '=', granted.survey.ticket_id)
		.executeTakeFirstOrThrow();
	return {
		ref: ticket.ref,
		subject: ticket.subject,
		answers: answersOf(granted.survey),
		saved: url.searchParams.has('saved'),
		editableUntil: granted.survey.answered_at
			? new Date(Number(granted.survey.answered_at) + EDIT_WINDOW_MS).toISOString()
			: null
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
		return { saved: true, editableUntil: result.editableUntil };
	}
};
