import { json } from '@sveltejs/kit';
import { SearchQuerySchema } from '$lib/schemas/search';
import { searchArticles } from '$lib/server/search';
import { validOrRefuse } from '$lib/server/http/body';

/** The help centre's search as JSON, for other clients: the same code and index as the search box. */
export const GET = async ({ url }) => {
	const { q, locale, limit } = validOrRefuse(
		SearchQuerySchema,
		Object.fromEntries(url.searchParams),
		{
			status: 400,
			code: 'invalid_query',
			message: 'api.invalidQuery'
		}
	);
	const results = q ? await searchArticles(locale, q, limit) : [];
	return json({ query: q, locale, results });
};
