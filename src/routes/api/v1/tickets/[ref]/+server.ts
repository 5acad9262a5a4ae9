import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/api';
import { apiUser } from '$lib/server/api-auth';
import { findTicket, threadOf } from '$lib/server/db/tickets';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import { ticketJson } from '$lib/server/tickets/service';

/** One ticket with its thread. Another customer's reference answers 404, exactly like one that does not exist. */
export const GET = async (event) => {
	const user = apiUser(event);
	if (user instanceof Response) return user;
	const ctx = await ctxOf(event);
	const ticket = await findTicket(ctx.db, user, event.params.ref);
	if (!ticket) return apiError(404, 'not_found', translator(event.locals.locale).errors.notFound());
	return json(
		await ticketJson(ctx, user, ticket, await threadOf(ctx.db, ticket.id, user.role !== 'customer'))
	);
};
