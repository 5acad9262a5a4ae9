import { json } from '@sveltejs/kit';
import { kickMailWorker } from '$lib/server/mail/worker';
import { receivePost } from '$lib/server/tickets/intake';
import { replyToTicket } from '$lib/server/tickets/replies';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { refusalResponse } from '$lib/server/http/respond';

/**
 * Add a message to a ticket (multipart: message, files, idempotencyKey?). The same key again answers 200 with
 * the ticket as it is, storing nothing: a double submit is one reply.
 */
export const POST = async (event) => {
	const user = requireUser();
	const ctx = await ctxOf(event);
	const form = await receivePost(ctx, user, event.request, {
		kind: 'reply',
		ref: event.params.ref
	});
	if (!form.ok) return refusalResponse(form);
	const result = await replyToTicket(ctx, user, event.params.ref, form.fields, form.uploads);
	if (!result.ok) return refusalResponse(result);
	kickMailWorker();
	const { ticket } = result;
	return json(
		{ ref: ticket.ref, status: ticket.status, version: ticket.version },
		{ status: 'created' in result && result.created === false ? 200 : 201 }
	);
};
