import { json } from '@sveltejs/kit';
import { flushMailWorker } from '$lib/server/mail/worker';
import { patchTicket } from '$lib/server/tickets/changes';
import { readTicket, ticketWithThread } from '$lib/server/tickets/json';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff, requireUser } from '$lib/server/http/guards';
import { refusals } from '$lib/server/http/refusal';
import { refusalResponse } from '$lib/server/http/respond';

/** One ticket with its thread. Another customer's reference answers 404, exactly like one that does not exist. */
export const GET = async (event) => {
	const user = requireUser();
	const ticket = await readTicket(await ctxOf(event), user, event.params.ref);
	return ticket ? json(ticket) : refusalResponse(refusals.notFound());
};

/**
 * Change status, priority, assignee or team ({…, version, note?}). The version is the one the agent saw: when
 * somebody else changed the ticket since, nothing is saved and 409 lists what changed.
 */
export const PATCH = async (event) => {
	const user = requireStaff();
	const body = await readLimitedBody(event.request);
	const ctx = await ctxOf(event);
	const result = await patchTicket(ctx, user, event.params.ref, body);
	if (!result.ok) return refusalResponse(result);
	await flushMailWorker();
	return json(await ticketWithThread(ctx, user, result.ticket));
};
