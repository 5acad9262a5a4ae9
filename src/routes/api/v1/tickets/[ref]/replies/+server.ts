import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/api';
import { apiStaff, refusalResponse } from '$lib/server/api-agent';
import { translator } from '$lib/server/i18n';
import { flushMailWorker } from '$lib/server/mail/worker';
import { ctxOf } from '$lib/server/request';
import { agentReply } from '$lib/server/tickets/agent';
import { readJsonOrForm } from '$lib/server/tickets/files';

/** An agent's reply or internal note: JSON {message, internal, status?, version?} or multipart with files. */
export const POST = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
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
	if (!result.ok) return refusalResponse(result);
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
