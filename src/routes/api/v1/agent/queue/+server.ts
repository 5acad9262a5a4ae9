import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { QueueQuerySchema } from '$lib/schemas/agent';
import { translator } from '$lib/server/i18n';
import { agentQueue } from '$lib/server/tickets/queue';
import { queueInWords } from '$lib/tickets/words';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { issueKeys } from '$lib/server/http/messages';
import { refusal } from '$lib/server/http/refusal';
import { refusalResponse } from '$lib/server/http/respond';

/** The inbox in priority order: ?view=all|mine|unassigned|team&locale=&category=&status=active,pending&q= */
export const GET = async (event) => {
	const user = requireStaff();
	const parsed = v.safeParse(QueueQuerySchema, Object.fromEntries(event.url.searchParams));
	if (!parsed.success)
		return refusalResponse(
			refusal(422, 'invalid_request', 'invalidRequest', issueKeys(parsed.issues))
		);
	const queue = await agentQueue(await ctxOf(event), user, parsed.output);
	if ('ok' in queue) return refusalResponse(queue);
	const LL = translator(event.locals.locale);
	return json({
		...queue,
		tickets: queueInWords(queue.tickets, LL),
		callbacks: queueInWords(queue.callbacks, LL)
	});
};
