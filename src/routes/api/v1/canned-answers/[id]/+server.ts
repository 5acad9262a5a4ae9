import { json } from '@sveltejs/kit';
import { apiError, readLimitedBody } from '$lib/server/api';
import { apiStaff, refusalResponse } from '$lib/server/api-agent';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import {
	CANNED_BODY_LIMIT,
	cannedJson,
	editCanned,
	removeCanned
} from '$lib/server/tickets/canned';

export const PUT = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request, LL, CANNED_BODY_LIMIT);
	if (body instanceof Response) return body;
	const result = await editCanned(await ctxOf(event), user, event.params.id, body, LL);
	if (!result.ok) return refusalResponse(result);
	return json(cannedJson(result.answer));
};

export const DELETE = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
	if (!(await removeCanned(await ctxOf(event), user, event.params.id)))
		return apiError(404, 'not_found', translator(event.locals.locale).errors.notFound());
	return new Response(null, { status: 204 });
};
