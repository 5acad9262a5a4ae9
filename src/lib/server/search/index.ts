import data from 'virtual:svar/search-data';
import type { Locale } from '$lib/i18n/locales';
import { searchFileCache, searchLinked, type LinkedResult } from '$lib/search/help-centre';

export type { LinkedResult };

const open = searchFileCache(async (locale: Locale) => {
	const { manifest, shards } = await data[locale]!();
	return { file: manifest, read: async (name: string) => shards[name] };
});

/** The help centre's search for one reader, on the server: the same files and code the browser uses. */
export async function searchArticles(
	reader: Locale,
	query: string,
	limit = 8
): Promise<LinkedResult[]> {
	return searchLinked(await open(reader), () => open('en'), query, limit);
}
