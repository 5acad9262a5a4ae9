import { json } from '@sveltejs/kit';
import { kickMailWorker } from '$lib/server/mail/worker';
import { receivePost } from '$lib/server/tickets/intake';
import { ownTickets } from '$lib/server/tickets/json';
import { createTicket } from '$lib/server/tickets/service';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { refusalResponse } from '$lib/server/http/respond';

/**
 * Create a ticket (multipart: subject, message, locale, articleId?, category?, callbackPhone?, callbackWindow?,
 * callbackFrom?/callbackTo? in timeZone?, idempotencyKey?, visit?, readArticles?, files).
 */
export const POST = async (event) => {
	const user = requireUser();
	const ctx = await ctxOf(event);
	const form = await receivePost(ctx, user, event.request, { kind: 'ticket' });
	if (!form.ok) return refusalResponse(form);
	const result = await createTicket(ctx, user, form.fields, form.uploads);
	if (!result.ok) return refusalResponse(result);
	kickMailWorker();
	const { ticket } = result;
	return json(
		{
			ref: ticket.ref,
			status: ticket.status,
			subject: ticket.subject,
			createdAt: new Date(ticket.created_at).toISOString(),
			url: `/${ticket.locale}/support/${ticket.ref}`
		},
		{ status: result.created ? 201 : 200 }
	);
};

/** The caller's own tickets, newest activity first. */
export const GET = async (event) => {
	const user = requireUser();
	return json({ tickets: await ownTickets(await ctxOf(event), user) });
};
