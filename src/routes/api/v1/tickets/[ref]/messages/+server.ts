import { json } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { readTicketForm } from '$lib/server/tickets/files';
import { replyToTicket } from '$lib/server/tickets/service';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { apiError, textRefusalResponse } from '$lib/server/http/respond';

/**
 * Add a message to a ticket (multipart: message, files, idempotencyKey?). The same key again answers 200 with
 * the ticket as it is, storing nothing: a double submit is one reply.
 */
export const POST = async (event) => {
	const user = requireUser();
	const LL = translator(event.locals.locale);
	const form = await readTicketForm(event.request);
	if (!form) return apiError(400, 'invalid_body', LL.errors.invalidRequest());
	const result = await replyToTicket(
		await ctxOf(event),
		user,
		event.params.ref,
		form.fields,
		form.uploads,
		LL
	);
	if (!result.ok) return textRefusalResponse(result);
	kickMailWorker();
	return json(
		{ ref: result.ticket.ref, status: result.ticket.status, version: result.ticket.version },
		{ status: 'created' in result && result.created === false ? 200 : 201 }
	);
};
