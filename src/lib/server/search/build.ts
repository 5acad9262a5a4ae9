// Build-time side of search: plain text of every article, and one search file per UI locale.
// Relative imports, so the build CLI (tsx) and Vite share it.
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
import { loadContent } from '../content/load.ts';
import type { ArticleMeta } from '../../content/types.ts';

/** Markdown as a reader reads it: no markup, links and images reduced to their text. */
function plainText(markdown: string): string {
	return markdown
		.replace(/^---[\s\S]*?\n---\s*\n/, '')
		.replace(/^\s*(```|~~~)[\s\S]*?\1/gm, ' ')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*>\s*\[![A-Z]+\]/gm, '')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
		.replace(/\|/g, ' ')
		.replace(/[*_`~]+/g, '')
		.replace(/^\s*:?-{3,}:?\s*$/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function readSynonyms(root: string, locale: Locale): string[][] {
	const file = path.join(root, 'content', locale, 'synonyms.txt');
	return fs.existsSync(file) ? parseSynonyms(fs.readFileSync(file, 'utf8')) : [];
}

function toSources(root: string, articles: ArticleMeta[]): SearchSource[] {
	return articles.map((a) => ({
		id: a.id,
		title: a.title,
		description: a.description,
		keywords: a.keywords,
		headings: a.headings.map((h) => h.text),
		body: plainText(fs.readFileSync(path.join(root, a.file), 'utf8'))
	}));
}

/** What gets indexed for one locale: its own published articles, as plain text. */
export function sourcesFor(root: string, locale: Locale): SearchSource[] {
	return toSources(
		root,
		loadContent(root).manifest.articles.filter((a) => a.locale === locale)
	);
}

/** The search file of every UI locale, from content/ as it is on disk. */
export async function buildSearchFiles(root: string): Promise<Map<Locale, SearchFile>> {
	const { manifest } = loadContent(root);
	const content = new ContentIndex(manifest);
	const files = new Map<Locale, SearchFile>();
	for (const reader of LOCALES) {
		const sources = toSources(
			root,
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
