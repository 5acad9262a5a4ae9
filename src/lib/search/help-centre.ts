// The help centre's search over the sharded files: a reader's own language first, English to fill in, each
// result with its path in the reader's language. Shared by the browser island, the server (no-JS search page,
// API, agent suggestions) and the CLIs; only how a file is read differs between them.
import type { Locale } from '$lib/i18n/locales';
import { SearchIndex, type Segment } from './engine';
import { bucketOf, shardName, type SearchManifest, type ShardReader } from './shards';

export interface SearchResult {
	id: string;
	/** How sure search is that the article answers the query (see SearchHit.score). */
	score: number;
	title: Segment[];
	snippet: Segment[];
	/** Set when the article is in another language than the reader's (a cross-language result). */
	lang?: Locale;
}

/**
 * Search for a reader: their locale's index first; only if it has no confident answer (or the locale has no
 * content) does the fallback index add its own confident ones, labelled with their language (issue 16: an
 * answer in the reader's language is not followed by a tail in another).
 */
export async function searchHelpCentre(
	reader: Locale,
	own: SearchIndex | undefined,
	fallback: () => Promise<SearchIndex | undefined>,
	query: string,
	limit = 8
): Promise<SearchResult[]> {
	const results = own ? await present(own, query, limit, reader) : [];
	if (results.length === 0) {
		const other = await fallback();
		if (other && other !== own) {
			const seen = new Set(results.map((r) => r.id));
			results.push(
				...(await present(other, query, limit, reader, seen)).slice(0, limit - results.length)
			);
		}
	}
	return results;
}

/** One index's results without those already shown, highlighted: one plan serves ranking and highlighting. */
async function present(
	index: SearchIndex,
	query: string,
	limit: number,
	reader: Locale,
	seen = new Set<string>()
): Promise<SearchResult[]> {
	const plan = await index.prepare(query);
	const hits = index.run(plan, limit);
	await index.lookUp(hits.map((h) => h.id));
	return hits.flatMap(({ id, score }) => {
		const doc = index.docs.get(id);
		if (!doc || seen.has(id)) return [];
		const title = index.highlight(doc.title, plan.terms);
		const candidates = [doc.description, ...doc.headings].map((t) =>
			index.highlight(t, plan.terms)
		);
		const snippet = candidates.find((s) => s.some((seg) => seg.hit)) ?? candidates[0]!;
		return [
			{ id, score, title, snippet, lang: index.locale === reader ? undefined : index.locale }
		];
	});
}

/** A reader's search manifest opened: its index (none for a locale without content) and article paths. */
export interface OpenSearchFile {
	file: SearchManifest;
	index?: SearchIndex;
	/** The article's path in the reader's language. */
	href(id: string): Promise<string | undefined>;
}

export interface LinkedResult extends SearchResult {
	href: string;
}

/** Opens a manifest; its shards are read with `read` as queries need them. */
export async function openSearchFile(
	file: SearchManifest,
	read: ShardReader
): Promise<OpenSearchFile> {
	const index = file.index ? await SearchIndex.open(file.index, read) : undefined;
	const paths = new Map<string, Promise<Record<string, string>>>();
	return {
		file,
		index,
		async href(id) {
			// the reader's own article carries its path; another language's comes from the path shards
			const own = index?.docs.get(id)?.path;
			if (own) return own;
			const name = shardName(file.reader, 'p', file.paths[bucketOf(id, file.paths.length)]!);
			if (!paths.has(name)) paths.set(name, read(name) as Promise<Record<string, string>>);
			return (await paths.get(name)!)[id];
		}
	};
}

/**
 * Search files opened once per key (a locale, a URL) and kept: `load` gets the manifest and a shard reader
 * however its caller can (fetch in the browser, the bundled files on the server, disk in the CLIs). A failed
 * load stays failed.
 */
export function searchFileCache<K>(
	load: (key: K) => Promise<{ file: SearchManifest; read: ShardReader }>
): (key: K) => Promise<OpenSearchFile> {
	const opened = new Map<K, Promise<OpenSearchFile>>();
	return (key) => {
		let file = opened.get(key);
		if (!file) {
			file = load(key).then(({ file, read }) => openSearchFile(file, read));
			opened.set(key, file);
		}
		return file;
	};
}

/** searchHelpCentre with each result's path in the reader's language. */
export async function searchLinked(
	own: OpenSearchFile,
	fallback: () => Promise<OpenSearchFile>,
	query: string,
	limit = 8
): Promise<LinkedResult[]> {
	const results = await searchHelpCentre(
		own.file.reader,
		own.index,
		async () => (await fallback()).index,
		query,
		limit
	);
	return Promise.all(results.map(async (r) => ({ ...r, href: (await own.href(r.id)) ?? '#' })));
}
