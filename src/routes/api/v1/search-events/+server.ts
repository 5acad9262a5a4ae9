import * as v from 'valibot';
import { SearchEventSchema } from '$lib/schemas/search';
import { getDb } from '$lib/server/db';
import { recordSearch } from '$lib/server/db/search-events';
import { content } from '$lib/server/content';
import { translator } from '$lib/server/i18n';
import { localizeIssues } from '$lib/server/http/messages';
import { apiError } from '$lib/server/http/respond';

/** Search analytics: one final query per search, anonymous (masked before storage). Answers 204. */
export const POST = async ({ request, locals }) => {
	let body: unknown;
	try {
		// sendBeacon may label JSON as text/plain; the body is JSON either way
		body = JSON.parse(await request.text());
	} catch {
		body = undefined;
	}
	const parsed = v.safeParse(SearchEventSchema, body);
	const LL = translator(locals.locale);
	if (!parsed.success)
		return apiError(
			400,
			'invalid_search_event',
			LL.api.invalidSearchEvent(),
			localizeIssues(parsed.issues, LL)
		);
	const event = parsed.output;
	if (event.opened && !content.hasArticle(event.opened)) {
		return apiError(404, 'unknown_article', LL.api.unknownArticle(), {
			opened: LL.api.unknownArticle()
		});
	}
	await recordSearch(await getDb(), {
		locale: event.locale,
		query: event.query,
		results: event.results,
		openedArticle: event.opened,
		visitId: event.visit,
		now: Date.now()
	});
	return new Response(null, { status: 204 });
};
