import { SearchEventSchema } from '$lib/schemas/search';
import { content } from '$lib/server/content';
import { getDb } from '$lib/server/db';
import { recordSearch } from '$lib/server/db/search-events';
import { readBeacon, validOrRefuse } from '$lib/server/http/body';
import { refuse } from '$lib/server/http/respond';

/** Search analytics: one final query per search, anonymous (masked before storage). Answers 204. */
export const POST = async ({ request }) => {
	const event = validOrRefuse(SearchEventSchema, await readBeacon(request), {
		status: 400,
		code: 'invalid_search_event',
		message: 'api.invalidSearchEvent'
	});
	if (event.opened && !content.hasArticle(event.opened)) {
		const unknown = 'api.unknownArticle';
		refuse({ status: 404, code: 'unknown_article', message: unknown, fields: { opened: unknown } });
	}
	const { locale, query, results, opened: openedArticle, visit: visitId } = event;
	await recordSearch(await getDb(), {
		locale,
		query,
		results,
		openedArticle,
		visitId,
		now: Date.now()
	});
	return new Response(null, { status: 204 });
};
