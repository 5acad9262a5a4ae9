import { json } from '@sveltejs/kit';
import * as canned from '$lib/server/tickets/canned';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { refusals } from '$lib/server/http/refusal';
import { refusalResponse } from '$lib/server/http/respond';

export const PUT = async (event) => {
	const user = requireStaff();
	const body = await readLimitedBody(event.request, canned.CANNED_BODY_LIMIT);
	const result = await canned.editCanned(await ctxOf(event), user, event.params.id, body);
	if (!result.ok) return refusalResponse(result);
	return json(canned.cannedJson(result.answer));
};

export const DELETE = async (event) => {
	const user = requireStaff();
	if (!(await canned.removeCanned(await ctxOf(event), user, event.params.id)))
		return refusalResponse(refusals.notFound());
	return new Response(null, { status: 204 });
};
