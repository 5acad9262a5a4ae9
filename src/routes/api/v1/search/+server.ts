import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { SearchQuerySchema } from '$lib/schemas/search';
import { translator } from '$lib/server/i18n';
import { searchArticles } from '$lib/server/search';
import { localizeIssues } from '$lib/server/http/messages';
import { apiError } from '$lib/server/http/respond';

/** The help centre's search as JSON, for other clients: the same code and index as the search box. */
export const GET = async ({ url, locals }) => {
	const LL = translator(locals.locale);
	const parsed = v.safeParse(SearchQuerySchema, Object.fromEntries(url.searchParams));
	if (!parsed.success)
		return apiError(400, 'invalid_query', LL.api.invalidQuery(), localizeIssues(parsed.issues, LL));
	const { q, locale, limit } = parsed.output;
	const results = q ? await searchArticles(locale, q, limit) : [];
	return json({ query: q, locale, results });
};
