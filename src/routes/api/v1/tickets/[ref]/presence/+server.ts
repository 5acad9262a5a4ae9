import { PresenceSchema } from '$lib/schemas/live';
import { sayPresence } from '$lib/server/tickets/presence';
import { readValidBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { refusalResponse } from '$lib/server/http/respond';

/** The agent has the ticket open, is typing a reply, or left it: {state: viewing|typing|left}. 204. */
export const POST = async (event) => {
	const user = requireStaff();
	const { state } = await readValidBody(event.request, PresenceSchema);
	const result = await sayPresence(await ctxOf(event), user, event.params.ref, state);
	if (!result.ok) return refusalResponse(result);
	return new Response(null, { status: 204 });
};
