import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import devData from 'virtual:svar/search-data';
import type { Locale } from '$lib/i18n/locales';
import { searchFileCache, searchLinked, type LinkedResult } from '$lib/search/help-centre';
import type { SearchManifest } from '$lib/search/shards';
import { findServerData } from '$lib/server/content/content-files';

export type { LinkedResult };

/** A built server's search files: those the browser fetches, copied beside the server (see vite-plugin.ts). */
function builtFiles() {
	let dir: string | undefined;
	const read = (name: string): unknown => {
		dir ??= findServerData(fileURLToPath(import.meta.url), 'search');
		return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
	};
	return async (locale: Locale) => {
		const names = read('manifest.json') as Partial<Record<Locale, string>>;
		const name = names[locale];
		return {
			file: (name ? read(name) : { v: 2, reader: locale, paths: [] }) as SearchManifest,
			read: async (shard: string) => read(shard)
		};
	};
}

/** The dev server's search files, built from content/ on demand. */
function devFiles(data: NonNullable<typeof devData>) {
	return async (locale: Locale) => {
		const { manifest, shards } = await data[locale]!();
		return { file: manifest, read: async (name: string) => shards[name] };
	};
}

const open = searchFileCache(devData ? devFiles(devData) : builtFiles());

/** The help centre's search for one reader, on the server: the same files and code the browser uses. */
export async function searchArticles(
	reader: Locale,
	query: string,
	limit = 8
): Promise<LinkedResult[]> {
	return searchLinked(await open(reader), () => open('en'), query, limit);
}
