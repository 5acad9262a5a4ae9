import { json } from '@sveltejs/kit';
import { readLimitedBody } from '$lib/server/api';
import { apiStaff, refusalResponse } from '$lib/server/api-agent';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import { logCallback } from '$lib/server/tickets/agent';

/** Log a call-back's outcome: {outcome: called|no_answer|rescheduled, note?, callbackFrom?, callbackTo?, timeZone?}. */
export const POST = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request, LL);
	if (body instanceof Response) return body;
	const result = await logCallback(await ctxOf(event), user, event.params.ref, body, LL);
	if (!result.ok) return refusalResponse(result);
	return json({
		ref: result.ticket.ref,
		callbackState: result.ticket.callback_state,
		version: result.ticket.version
	});
};
