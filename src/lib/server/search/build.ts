// Build-time side of search: one search file per UI locale, from the articles' plain text that the content
// pipeline made on the rendered tree. Relative imports, so the build CLI (tsx) and Vite share it.
import fs from 'node:fs';
import path from 'node:path';
import { ContentIndex } from '../../content/resolve.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import {
	buildIndexData,
	parseSynonyms,
	type SearchFile,
	type SearchSource
} from '../../search/engine.ts';
import { loadContent, type LoadedContent } from '../content/load.ts';
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
	const loaded = await loadContent(root);
	return toSources(
		loaded,
		loaded.manifest.articles.filter((a) => a.locale === locale)
	);
}

/** The search file of every UI locale, from content/ as it is on disk. */
export async function buildSearchFiles(root: string): Promise<Map<Locale, SearchFile>> {
	const loaded = await loadContent(root);
	const { manifest } = loaded;
	const content = new ContentIndex(manifest);
	const files = new Map<Locale, SearchFile>();
	for (const reader of LOCALES) {
		const sources = toSources(
			loaded,
			manifest.articles.filter((a) => a.locale === reader)
		);
		const paths = Object.fromEntries(
			content.articleIds().map((id) => [id, content.articlePath(id, reader)])
		);
		files.set(reader, {
			v: 1,
			reader,
			paths,
			index: sources.length
				? await buildIndexData(reader, sources, readSynonyms(root, reader))
				: undefined
		});
	}
	return files;
}
