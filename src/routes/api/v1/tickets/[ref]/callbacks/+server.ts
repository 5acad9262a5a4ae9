import { json } from '@sveltejs/kit';
import { apiError, readLimitedBody } from '$lib/server/api';
import { apiStaff, refusalResponse } from '$lib/server/api-agent';
import { findUserById } from '$lib/server/db/users';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import { logCallback } from '$lib/server/tickets/agent';
import { loadServiceSettings } from '$lib/server/tickets/sla';

/** Log a call-back's outcome: {outcome: called|no_answer|rescheduled, note?, callbackFrom?, callbackTo?, timeZone?}. */
export const POST = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request, LL);
	if (body instanceof Response) return body;
	const ctx = await ctxOf(event);
	const zone =
		(await findUserById(ctx.db, user.id))?.time_zone ??
		(await loadServiceSettings(ctx.db)).timeZone;
	const result = await logCallback(ctx, user, event.params.ref, body, zone, LL);
	if (!result.ok) return refusalResponse(result);
	if (!result.ticket) return apiError(404, 'not_found', LL.errors.notFound());
	return json({
		ref: result.ticket.ref,
		callbackState: result.ticket.callback_state,
		version: result.ticket.version
	});
};
