import { QueueQuerySchema } from '$lib/schemas/agent';
import { translator } from '$lib/server/i18n';
import { agentQueue } from '$lib/server/tickets/queue';
import { queueInWords } from '$lib/tickets/words';
import { validOrRefuse } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { encodedJson, refusalResponse } from '$lib/server/http/respond';

/** The inbox in priority order: ?view=all|mine|unassigned|team&locale=&category=&status=active,pending&q= */
export const GET = async (event) => {
	const user = requireStaff();
	const query = validOrRefuse(QueueQuerySchema, Object.fromEntries(event.url.searchParams));
	const queue = await agentQueue(await ctxOf(event), user, query);
	if ('ok' in queue) return refusalResponse(queue);
	const LL = translator(event.locals.locale);
	return encodedJson({
		...queue,
		tickets: queueInWords(queue.tickets, LL),
		callbacks: queueInWords(queue.callbacks, LL)
	});
};
