// Build-time side of search: one search file per UI locale, from the articles' plain text that the content
// pipeline made on the rendered tree. Relative imports, so the build CLI (tsx) and Vite share it.
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { ContentIndex } from '../../content/resolve.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { SearchSource } from '../../search/engine.ts';
import type { SearchManifest } from '../../search/shards.ts';
import { parseSynonyms, splitPaths } from '../../search/split.ts';
import { contentHash } from './hash.ts';
import { runIndexJob, type IndexJob, type IndexJobResult } from './index-worker.ts';
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

export { contentHash };

/** Below this many articles in all, a build indexes in its own thread: starting workers costs more. */
const THREADS_FROM = 400;

/** Each job in a thread of its own, at most `threads` at a time; the results in the jobs' order. */
async function inThreads(jobs: IndexJob[], threads: number): Promise<IndexJobResult[]> {
	const results: IndexJobResult[] = [];
	let next = 0;
	const work = async () => {
		const worker = new Worker(new URL('./index-thread.js', import.meta.url));
		try {
			while (next < jobs.length) {
				const at = next++;
				results[at] = await new Promise<IndexJobResult>((resolve, reject) => {
					worker.once('message', (m: { result?: IndexJobResult; error?: string }) =>
						m.error ? reject(new Error(m.error)) : resolve(m.result!)
					);
					worker.once('error', reject);
					worker.postMessage(jobs[at]);
				});
			}
		} finally {
			await worker.terminate();
		}
	};
	await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, work));
	return results;
}

/**
 * The search manifest and shards of every UI locale, from content/ as it is on disk. `threads`: index the
 * locales in worker threads (the build CLI, run by tsx; a large help centre only), or all in this one.
 */
export async function buildSearchFiles(
	root: string,
	options: { threads?: boolean } = {}
): Promise<SearchBuild> {
	const loaded = await loadContent(root, { cacheDir: parseCacheDir(root) });
	const { manifest } = loaded;
	const content = new ContentIndex(manifest);
	const manifests = new Map<Locale, SearchManifest>();
	const files = new Map<string, string>();
	const pathsOf = (reader: Locale) =>
		Object.fromEntries(content.articleIds().map((id) => [id, content.articlePath(id, reader)]));
	const jobs: IndexJob[] = [];
	for (const reader of LOCALES) {
		const own = manifest.articles.filter((a) => a.locale === reader);
		if (own.length)
			jobs.push({
				locale: reader,
				sources: toSources(loaded, own),
				synonyms: readSynonyms(root, reader),
				paths: pathsOf(reader)
			});
	}
	const threads = Math.min(os.availableParallelism(), jobs.length);
	const split =
		options.threads && threads > 1 && manifest.articles.length >= THREADS_FROM
			? await inThreads(jobs, threads)
			: await Promise.all(jobs.map(runIndexJob));
	const indexes = new Map(jobs.map((job, i) => [job.locale, split[i]!]));
	for (const reader of LOCALES) {
		const index = indexes.get(reader);
		for (const [name, json] of index?.files ?? []) files.set(name, json);
		manifests.set(reader, {
			v: 2,
			reader,
			paths: splitPaths(reader, pathsOf(reader), files, contentHash),
			index: index?.manifest
		});
	}
	return { manifests, files };
}
