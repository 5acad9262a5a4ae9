import { json } from '@sveltejs/kit';
import { apiError, readLimitedBody } from '$lib/server/api';
import { apiStaff, refusalResponse } from '$lib/server/api-agent';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import { CANNED_BODY_LIMIT, cannedFor, cannedJson, createCanned } from '$lib/server/tickets/canned';

/** Canned answers: ?locale= for one language; ?ticket=SV-1001 fills each in for that ticket (field `expanded`). */
export const GET = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
	const result = await cannedFor(await ctxOf(event), user, {
		locale: event.url.searchParams.get('locale') ?? undefined,
		ticketRef: event.url.searchParams.get('ticket') ?? undefined
	});
	if (!result.ok)
		return apiError(404, 'not_found', translator(event.locals.locale).errors.notFound());
	return json({ answers: result.answers });
};

/** A new canned answer: {locale, title, body}. */
export const POST = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request, LL, CANNED_BODY_LIMIT);
	if (body instanceof Response) return body;
	const result = await createCanned(await ctxOf(event), user, body, LL);
	if (!result.ok) return refusalResponse(result);
	return json(cannedJson(result.answer), { status: 201 });
};
