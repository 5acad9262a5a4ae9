import files from 'virtual:svar/search-data';
import type { Locale } from '$lib/i18n/locales';
import { searchFileCache, searchHelpCentre, type SearchResult } from '$lib/search/engine';

export interface LinkedResult extends SearchResult {
	href: string;
}

const open = searchFileCache((locale: Locale) => files[locale]!());

/** The help centre's search for one reader, on the server: the same files and code the browser uses. */
export async function searchArticles(
	reader: Locale,
	query: string,
	limit = 8
): Promise<LinkedResult[]> {
	const own = await open(reader);
	const results = await searchHelpCentre(
		reader,
		own.index,
		async () => (await open('en')).index,
		query,
		limit
	);
	return results.map((r) => ({ ...r, href: own.file.paths[r.id]! }));
}
