// The search files as the build writes them (static/search), or built from content/ when absent, opened as
// the browser opens them: one SearchIndex per locale, en as the cross-language fallback.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../lib/i18n/locales.ts';
import { searchFileCache, searchHelpCentre, type SearchFile } from '../lib/search/engine.ts';
import { buildSearchFiles } from '../lib/server/search/build.ts';

export async function loadSearchFiles(root: string): Promise<Map<Locale, SearchFile>> {
	const dir = path.join(root, 'static', 'search');
	const manifestFile = path.join(dir, 'manifest.json');
	if (!fs.existsSync(manifestFile)) return buildSearchFiles(root);
	const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<Locale, string>;
	return new Map(
		Object.entries(manifest).map(([locale, name]) => [
			locale as Locale,
			JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as SearchFile
		])
	);
}

/** searchHelpCentre over these files; a locale missing from them searches as one without content. */
export function openSearch(files: Map<Locale, SearchFile>) {
	const open = searchFileCache(
		async (locale: Locale) => files.get(locale) ?? { v: 1, reader: locale, paths: {} }
	);
	return async (locale: Locale, query: string, limit = 10) =>
		searchHelpCentre(
			locale,
			(await open(locale)).index,
			async () => (await open('en')).index,
			query,
			limit
		);
}
