import { json } from '@sveltejs/kit';
import { ticketsOf } from '$lib/server/db/tickets';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { readTicketForm } from '$lib/server/tickets/files';
import { createTicket } from '$lib/server/tickets/service';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { apiError } from '$lib/server/http/respond';

/**
 * Create a ticket (multipart: subject, message, locale, articleId?, category?, callbackPhone?, callbackWindow?,
 * callbackFrom?/callbackTo? in timeZone?, idempotencyKey?, visit?, readArticles?, files).
 */
export const POST = async (event) => {
	const user = requireUser();
	const LL = translator(event.locals.locale);
	const form = await readTicketForm(event.request);
	if (!form) return apiError(400, 'invalid_body', LL.errors.invalidRequest());
	const result = await createTicket(await ctxOf(event), user, form.fields, form.uploads, LL);
	if (!result.ok) return apiError(result.status, result.code, result.message, result.fields);
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
	const ctx = await ctxOf(event);
	const tickets = await ticketsOf(ctx.db, user.id);
	return json({
		tickets: tickets.map((t) => ({
			ref: t.ref,
			subject: t.subject,
			status: t.status,
			locale: t.locale,
			updatedAt: new Date(t.updated_at).toISOString(),
			createdAt: new Date(t.created_at).toISOString()
		}))
	});
};
