// The search files as the build writes them (static/search), or built from content/ when absent, opened as
// the browser opens them: one manifest per locale, shards read as queries need them, en as the fallback.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../lib/i18n/locales.ts';
import { searchFileCache, searchLinked } from '../lib/search/help-centre.ts';
import type { SearchManifest, ShardReader } from '../lib/search/shards.ts';
import { buildSearchFiles, type SearchBuild } from '../lib/server/search/build.ts';

export interface SearchFiles {
	manifests: Map<Locale, SearchManifest>;
	read: ShardReader;
	/** Shards read so far, by name (what a browser would have fetched). */
	reads: string[];
}

/** A build's files, served from memory. */
export function inMemory({ manifests, files }: SearchBuild): SearchFiles {
	const reads: string[] = [];
	return {
		manifests,
		reads,
		read: async (name) => {
			reads.push(name);
			const json = files.get(name);
			if (json === undefined) throw new Error(`search shard ${name} not built`);
			return JSON.parse(json) as unknown;
		}
	};
}

export async function loadSearchFiles(root: string): Promise<SearchFiles> {
	const dir = path.join(root, 'static', 'search');
	const manifestFile = path.join(dir, 'manifest.json');
	if (!fs.existsSync(manifestFile)) return inMemory(await buildSearchFiles(root));
	const names = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<Locale, string>;
	const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
	const reads: string[] = [];
	return {
		manifests: new Map(
			Object.entries(names).map(([locale, name]) => [locale as Locale, readJson(name)])
		),
		reads,
		read: async (name) => (reads.push(name), readJson(name) as unknown)
	};
}

/** searchLinked over these files; a locale missing from them searches as one without content. */
export function openSearch(files: SearchFiles) {
	const open = searchFileCache(async (locale: Locale) => ({
		file: files.manifests.get(locale) ?? { v: 2, reader: locale, paths: [] },
		read: files.read
	}));
	return async (locale: Locale, query: string, limit = 10) =>
		searchLinked(await open(locale), () => open('en'), query, limit);
}
