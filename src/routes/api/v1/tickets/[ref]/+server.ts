import { json } from '@sveltejs/kit';
import type { Ctx } from '$lib/server/accounts';
import type { SessionUser } from '$lib/server/auth/session';
import { findTicket, threadOf, type Ticket } from '$lib/server/db/tickets';
import { translator } from '$lib/server/i18n';
import { flushMailWorker } from '$lib/server/mail/worker';
import { patchTicket } from '$lib/server/tickets/agent';
import { ticketJson } from '$lib/server/tickets/service';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff, requireUser } from '$lib/server/http/guards';
import { apiError, textRefusalResponse } from '$lib/server/http/respond';

/** The ticket with its thread; internal notes only for staff. */
async function ticketResponse(ctx: Ctx, user: SessionUser, ticket: Ticket) {
	return json(
		await ticketJson(ctx, user, ticket, await threadOf(ctx.db, ticket.id, user.role !== 'customer'))
	);
}

/** One ticket with its thread. Another customer's reference answers 404, exactly like one that does not exist. */
export const GET = async (event) => {
	const user = requireUser();
	const ctx = await ctxOf(event);
	const ticket = await findTicket(ctx.db, user, event.params.ref);
	if (!ticket) return apiError(404, 'not_found', translator(event.locals.locale).errors.notFound());
	return ticketResponse(ctx, user, ticket);
};

/**
 * Change status, priority, assignee or team ({…, version, note?}). The version is the one the agent saw: when
 * somebody else changed the ticket since, nothing is saved and 409 lists what changed.
 */
export const PATCH = async (event) => {
	const user = requireStaff();
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request);
	const ctx = await ctxOf(event);
	const result = await patchTicket(ctx, user, event.params.ref, body, LL);
	if (!result.ok) return textRefusalResponse(result);
	await flushMailWorker();
	return ticketResponse(ctx, user, result.ticket);
};
