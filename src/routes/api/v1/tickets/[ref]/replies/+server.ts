import { json } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { flushMailWorker } from '$lib/server/mail/worker';
import { agentReply } from '$lib/server/tickets/agent';
import { readJsonOrForm } from '$lib/server/tickets/files';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { apiError, textRefusalResponse } from '$lib/server/http/respond';

/** An agent's reply or internal note: JSON {message, internal, status?, version?} or multipart with files. */
export const POST = async (event) => {
	const user = requireStaff();
	const LL = translator(event.locals.locale);
	const body = await readJsonOrForm(event.request);
	if (!body) return apiError(400, 'invalid_body', LL.errors.invalidRequest());
	const result = await agentReply(
		await ctxOf(event),
		user,
		event.params.ref,
		body.fields,
		body.uploads,
		LL
	);
	if (!result.ok) return textRefusalResponse(result);
	await flushMailWorker();
	return json(
		{
			ref: result.ticket.ref,
			status: result.ticket.status,
			version: result.ticket.version,
			messageId: result.messageId
		},
		{ status: 201 }
	);
};
