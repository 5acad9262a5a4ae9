import { json } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import {
	answerByToken,
	answersOf,
	setSurveyCookie,
	surveyCookieName
} from '$lib/server/reports/surveys';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { apiError } from '$lib/server/http/respond';

/**
 * Answer a survey with the emailed token: {csat?, ces?, nps?, valueProduct?, valueConfidence?, comment?,
 * ticket?}. The first answer uses the link up and sets a cookie for changes within 7 days; a forged link is
 * 404, an expired, used or closed one 410, another ticket's 409.
 */
export const POST = async (event) => {
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request);
	const ctx = await ctxOf(event);
	const { token } = event.params;
	const result = await answerByToken(
		ctx,
		token,
		body,
		event.cookies.get(surveyCookieName(token)),
		LL
	);
	if (!result.ok) return apiError(result.status, result.code, result.message, result.fields);
	if (result.editCookie)
		setSurveyCookie(
			event.cookies,
			token,
			result.editCookie,
			event.url.protocol === 'https:',
			ctx.now
		);
	return json({ answers: answersOf(result.survey), editableUntil: result.editableUntil });
};
