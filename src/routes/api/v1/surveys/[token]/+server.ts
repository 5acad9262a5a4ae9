import { json } from '@sveltejs/kit';
import { answerByToken, answersOf, setSurveyCookie, surveyCookieName } from '$lib/server/surveys';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { refusalResponse } from '$lib/server/http/respond';

/**
 * Answer a survey with the emailed token: {csat?, ces?, nps?, valueProduct?, valueConfidence?, comment?,
 * ticket?}. The first answer uses the link up and sets a cookie for changes within 7 days; a forged link is
 * 404, an expired, used or closed one 410, another ticket's 409.
 */
export const POST = async (event) => {
	const { cookies, params, url } = event;
	const body = await readLimitedBody(event.request);
	const ctx = await ctxOf(event);
	const previous = cookies.get(surveyCookieName(params.token));
	const result = await answerByToken(ctx, params.token, body, previous);
	if (!result.ok) return refusalResponse(result);
	if (result.editCookie)
		setSurveyCookie(cookies, params.token, result.editCookie, url.protocol === 'https:', ctx.now);
	return json({ answers: answersOf(result.survey), editableUntil: result.editableUntil });
};
