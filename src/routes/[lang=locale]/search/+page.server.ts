import { VISIT_ID } from '$lib/schemas/search';
import { getDb } from '$lib/server/db';
import { recordSearch } from '$lib/server/db/search-events';
import { languageLinks } from '$lib/server/content/pages';
import { searchArticles } from '$lib/server/search';

// The search box's form target: results without JavaScript, from the same code and index as the combobox.
export const prerender = false;
export const csr = false;

export const load = async ({ params, url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	// the tab's visit, added to the form by the page script, so a ticket's trail lists this search too
	const visit = url.searchParams.get('visit');
	const results = q ? await searchArticles(params.lang, q, 20) : [];
	if (q) {
		try {
			await recordSearch(await getDb(), {
				locale: params.lang,
				query: q,
				results: results.length,
				visitId: visit && VISIT_ID.test(visit) ? visit : null,
				now: Date.now()
			});
		} catch (error) {
			console.error('search analytics not stored', error);
		}
	}
	const query = q ? `?q=${encodeURIComponent(q)}` : '';
	return { q, results, switcher: languageLinks((l) => `/${l}/search${query}`) };
};
