import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { apiError } from '$lib/server/api';
import { apiStaff, refusalResponse } from '$lib/server/api-agent';
import { localizeIssues } from '$lib/server/forms';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import { agentQueue, QueueQuerySchema } from '$lib/server/tickets/agent';

/** The inbox in priority order: ?view=all|mine|unassigned|team&locale=&category=&status=active,pending&q= */
export const GET = async (event) => {
	const user = apiStaff(event);
	if (user instanceof Response) return user;
	const LL = translator(event.locals.locale);
	const parsed = v.safeParse(QueueQuerySchema, Object.fromEntries(event.url.searchParams));
	if (!parsed.success)
		return apiError(
			422,
			'invalid_request',
			LL.errors.invalidRequest(),
			localizeIssues(parsed.issues, LL)
		);
	const result = await agentQueue(await ctxOf(event), user, parsed.output, LL);
	if ('ok' in result) return refusalResponse(result);
	return json(result);
};
