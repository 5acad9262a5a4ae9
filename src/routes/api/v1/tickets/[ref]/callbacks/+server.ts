import { json } from '@sveltejs/kit';
import { logCallback } from '$lib/server/tickets/callbacks';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { refusalResponse } from '$lib/server/http/respond';

/** Log a call-back's outcome: {outcome: called|no_answer|rescheduled, note?, callbackFrom?, callbackTo?, timeZone?}. */
export const POST = async (event) => {
	const user = requireStaff();
	const body = await readLimitedBody(event.request);
	const result = await logCallback(await ctxOf(event), user, event.params.ref, body);
	if (!result.ok) return refusalResponse(result);
	const { ticket } = result;
	return json({ ref: ticket.ref, callbackState: ticket.callback_state, version: ticket.version });
};
