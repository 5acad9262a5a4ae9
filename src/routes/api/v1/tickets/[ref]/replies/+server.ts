import { json } from '@sveltejs/kit';
import { flushMailWorker } from '$lib/server/mail/worker';
import { readJsonOrForm } from '$lib/server/tickets/files';
import { agentReply } from '$lib/server/tickets/replies';
import { INVALID_BODY } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { refuse, refusalResponse } from '$lib/server/http/respond';

/** An agent's reply or internal note: JSON {message, internal, status?, version?} or multipart with files. */
export const POST = async (event) => {
	const user = requireStaff();
	const body = (await readJsonOrForm(event.request)) ?? refuse(INVALID_BODY);
	const ctx = await ctxOf(event);
	const result = await agentReply(ctx, user, event.params.ref, body.fields, body.uploads);
	if (!result.ok) return refusalResponse(result);
	await flushMailWorker();
	const { ticket, messageId } = result;
	return json(
		{ ref: ticket.ref, status: ticket.status, version: ticket.version, messageId },
		{ status: 201 }
	);
};
