// How one locale's index is cut into files so a query fetches only what its words need (issue 14): a small
// manifest per reader, then shards of the term map by term prefix, of the vocabulary by first and by last
// letter (typo candidates one edit away share one of the two), of the stored documents and of the article
// paths by a hash of the article id. Every shard's name carries its content hash, so a new build never mixes
// with an old one in a cache. split.ts makes them; engine.ts reads them.
import type { Locale } from '$lib/i18n/locales';

/** t: term map · s: vocabulary (by first letter, and by last letter) · d: stored documents · p: paths */
export type ShardKind = 't' | 's' | 'd' | 'p';

/** One locale's index as its manifest names it: each shard by its content hash. */
export interface IndexManifest {
	/** The locale whose analyzer built the index. */
	locale: Locale;
	/** How many articles the index holds (for inverse document frequency). */
	count?: number;
	/** Editors' synonym groups, analyzed: each entry is its terms joined by a space. */
	synonyms: string[][];
	/** Term-map shards: the term prefixes each holds (space-separated) and its hash. */
	terms: [prefixes: string, hash: string][];
	/** Vocabulary (words as typed, folded) by first letter, and by last letter for typo candidates. */
	starts: Record<string, string>;
	ends: Record<string, string>;
	/** Stored documents by bucketOf(id, docs.length). */
	docs: string[];
}

/**
 * What a reader's browser fetches on first use of search, as a hashed static asset: the shards of the paths of
 * every article in the reader's locale, and the index of the articles written in it (none without content).
 */
export interface SearchManifest {
	v: 2;
	reader: Locale;
	/** Paths by bucketOf(id, paths.length): each shard is { id: path }. */
	paths: string[];
	index?: IndexManifest;
}

/** A term-map shard: per field, [term, slots] as FlexSearch exports them, each id given as its place in `ids`. */
export interface TermShard {
	ids: string[];
	fields: Record<string, [term: string, slots: (number[] | null)[]][]>;
}

/** Reads a shard by its file name: fetch in the browser, the bundled files on the server, disk in the CLIs. */
export type ShardReader = (name: string) => Promise<unknown>;

/** The longest term prefix a term-map shard is keyed by. */
export const MAX_PREFIX = 4;

export const shardName = (owner: string, kind: ShardKind, hash: string) =>
	`${owner}-${kind}-${hash}.json`;

/** FNV-1a over the id's UTF-16 units: stable across builds and runtimes. */
export function bucketOf(id: string, buckets: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	return (h >>> 0) % Math.max(1, buckets);
}

export const firstLetter = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0);
export const lastLetter = (word: string) => [...word].at(-1) ?? '';

/** Prefix → term shard, from a manifest's term list. */
export function termTable(terms: IndexManifest['terms']): Map<string, number> {
	const table = new Map<string, number>();
	terms.forEach(([prefixes], shard) => {
		for (const prefix of prefixes.split(' ')) table.set(prefix, shard);
	});
	return table;
}

/** The shard that holds a term if the index has it: the one keyed by the term's longest listed prefix. */
export function termShard(term: string, table: Map<string, number>): number | undefined {
	const chars = [...term];
	for (let n = Math.min(MAX_PREFIX, chars.length); n > 0; n--) {
		const shard = table.get(chars.slice(0, n).join(''));
		if (shard !== undefined) return shard;
	}
	return undefined;
}
