import { json } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { logCallback } from '$lib/server/tickets/agent';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { textRefusalResponse } from '$lib/server/http/respond';

/** Log a call-back's outcome: {outcome: called|no_answer|rescheduled, note?, callbackFrom?, callbackTo?, timeZone?}. */
export const POST = async (event) => {
	const user = requireStaff();
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request);
	const result = await logCallback(await ctxOf(event), user, event.params.ref, body, LL);
	if (!result.ok) return textRefusalResponse(result);
	return json({
		ref: result.ticket.ref,
		callbackState: result.ticket.callback_state,
		version: result.ticket.version
	});
};
