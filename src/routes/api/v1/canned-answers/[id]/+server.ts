import { json } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import {
	CANNED_BODY_LIMIT,
	cannedJson,
	editCanned,
	removeCanned
} from '$lib/server/tickets/canned';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { apiError, textRefusalResponse } from '$lib/server/http/respond';

export const PUT = async (event) => {
	const user = requireStaff();
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request, CANNED_BODY_LIMIT);
	const result = await editCanned(await ctxOf(event), user, event.params.id, body, LL);
	if (!result.ok) return textRefusalResponse(result);
	return json(cannedJson(result.answer));
};

export const DELETE = async (event) => {
	const user = requireStaff();
	if (!(await removeCanned(await ctxOf(event), user, event.params.id)))
		return apiError(404, 'not_found', translator(event.locals.locale).errors.notFound());
	return new Response(null, { status: 204 });
};
