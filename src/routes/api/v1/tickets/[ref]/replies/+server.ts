import { json } from '@sveltejs/kit';
import { flushMailWorker } from '$lib/server/mail/worker';
import { receivePost } from '$lib/server/tickets/intake';
import { agentReply } from '$lib/server/tickets/replies';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { refusalResponse } from '$lib/server/http/respond';

/** An agent's reply or internal note: JSON {message, internal, status?, version?} or multipart with files. */
export const POST = async (event) => {
	const user = requireStaff();
	const ctx = await ctxOf(event);
	const { ref } = event.params;
	const body = await receivePost(ctx, user, event.request, { kind: 'reply', ref, json: true });
	if (!body.ok) return refusalResponse(body);
	const result = await agentReply(ctx, user, ref, body.fields, body.uploads);
	if (!result.ok) return refusalResponse(result);
	await flushMailWorker();
	const { ticket, messageId } = result;
	return json(
		{ ref: ticket.ref, status: ticket.status, version: ticket.version, messageId },
		{ status: 201 }
	);
};
