import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/api';
import { refusalResponse } from '$lib/server/api-agent';
import { apiUser } from '$lib/server/api-auth';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { ctxOf } from '$lib/server/request';
import { readTicketForm } from '$lib/server/tickets/files';
import { replyToTicket } from '$lib/server/tickets/service';

/**
 * Add a message to a ticket (multipart: message, files, idempotencyKey?). The same key again answers 200 with
 * the ticket as it is, storing nothing: a double submit is one reply.
 */
export const POST = async (event) => {
	const user = apiUser(event);
	if (user instanceof Response) return user;
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
	if (!result.ok) return refusalResponse(result);
	kickMailWorker();
	return json(
		{ ref: result.ticket.ref, status: result.ticket.status, version: result.ticket.version },
		{ status: 'created' in result && result.created === false ? 200 : 201 }
	);
};
