import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { translator } from '$lib/server/i18n';
import { agentQueue, QueueQuerySchema } from '$lib/server/tickets/agent';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { localizeIssues } from '$lib/server/http/messages';
import { apiError, textRefusalResponse } from '$lib/server/http/respond';

/** The inbox in priority order: ?view=all|mine|unassigned|team&locale=&category=&status=active,pending&q= */
export const GET = async (event) => {
	const user = requireStaff();
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
	if ('ok' in result) return textRefusalResponse(result);
	return json(result);
};
