// Build-time side of search: one search file per UI locale, from the articles' plain text that the content
// pipeline made on the rendered tree. Relative imports, so the build CLI (tsx) and Vite share it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ContentIndex } from '../../content/resolve.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { SearchSource } from '../../search/engine.ts';
import type { SearchManifest } from '../../search/shards.ts';
import { buildIndexData, parseSynonyms, splitIndex, splitPaths } from '../../search/split.ts';
import { loadContent, parseCacheDir, type LoadedContent } from '../content/load.ts';
import type { ArticleMeta } from '../../content/types.ts';

function readSynonyms(root: string, locale: Locale): string[][] {
	const file = path.join(root, 'content', locale, 'synonyms.txt');
	return fs.existsSync(file) ? parseSynonyms(fs.readFileSync(file, 'utf8')) : [];
}

function toSources(loaded: LoadedContent, articles: ArticleMeta[]): SearchSource[] {
	return articles.map((a) => ({
		id: a.id,
		title: a.title,
		description: a.description,
		keywords: a.keywords,
		headings: a.headings.map((h) => h.text),
		body: loaded.texts[a.file] ?? ''
	}));
}

/** What gets indexed for one locale: its own published articles, as plain text. */
export async function sourcesFor(root: string, locale: Locale): Promise<SearchSource[]> {
	const loaded = await loadContent(root, { cacheDir: parseCacheDir(root) });
	return toSources(
		loaded,
		loaded.manifest.articles.filter((a) => a.locale === locale)
	);
}

/** Every reader's search manifest, and every shard they name (file name → JSON). */
export interface SearchBuild {
	manifests: Map<Locale, SearchManifest>;
	files: Map<string, string>;
}

export const contentHash = (text: string) =>
	createHash('sha256').update(text).digest('hex').slice(0, 10);

/** The search manifest and shards of every UI locale, from content/ as it is on disk. */
export async function buildSearchFiles(root: string): Promise<SearchBuild> {
	const loaded = await loadContent(root, { cacheDir: parseCacheDir(root) });
	const { manifest } = loaded;
	const content = new ContentIndex(manifest);
	const manifests = new Map<Locale, SearchManifest>();
	const files = new Map<string, string>();
	for (const reader of LOCALES) {
		const own = manifest.articles.filter((a) => a.locale === reader);
		const paths = Object.fromEntries(
			content.articleIds().map((id) => [id, content.articlePath(id, reader)])
		);
		let index: SearchManifest['index'];
		if (own.length) {
			const data = await buildIndexData(reader, toSources(loaded, own), readSynonyms(root, reader));
			for (const doc of data.docs) doc.path = paths[doc.id];
			const split = splitIndex(data, contentHash);
			for (const [name, json] of split.files) files.set(name, json);
			index = split.manifest;
		}
		manifests.set(reader, {
			v: 2,
			reader,
			paths: splitPaths(reader, paths, files, contentHash),
			index
		});
	}
	return { manifests, files };
}
