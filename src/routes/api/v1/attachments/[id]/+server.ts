import { findAttachment } from '$lib/server/db/attachments';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { refusals } from '$lib/server/http/refusal';
import { fileResponse, refusalResponse } from '$lib/server/http/respond';

/** A ticket's file, only for those who may see the ticket (others get 404), served sandboxed. */
export const GET = async (event) => {
	const user = requireUser();
	const file = await findAttachment((await ctxOf(event)).db, user, event.params.id);
	if (!file) return refusalResponse(refusals.notFound());
	return fileResponse(file);
};
