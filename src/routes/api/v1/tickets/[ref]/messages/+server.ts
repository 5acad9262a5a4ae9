import { json } from '@sveltejs/kit';
import { kickMailWorker } from '$lib/server/mail/worker';
import { readTicketForm } from '$lib/server/tickets/files';
import { replyToTicket } from '$lib/server/tickets/replies';
import { INVALID_BODY } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { refuse, refusalResponse } from '$lib/server/http/respond';

/**
 * Add a message to a ticket (multipart: message, files, idempotencyKey?). The same key again answers 200 with
 * the ticket as it is, storing nothing: a double submit is one reply.
 */
export const POST = async (event) => {
	const user = requireUser();
	const form = (await readTicketForm(event.request)) ?? refuse(INVALID_BODY);
	const ctx = await ctxOf(event);
	const result = await replyToTicket(ctx, user, event.params.ref, form.fields, form.uploads);
	if (!result.ok) return refusalResponse(result);
	kickMailWorker();
	const { ticket } = result;
	return json(
		{ ref: ticket.ref, status: ticket.status, version: ticket.version },
		{ status: 'created' in result && result.created === false ? 200 : 201 }
	);
};
