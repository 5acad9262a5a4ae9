// The build side of search: one locale's articles indexed (FlexSearch's Document, with its export), then cut
// into the shards shards.ts describes, each named by its content hash. Also opens an index in memory with
// every shard loaded, for indexes built where they are searched (canned answers, tests). Not in the browser.
import { Document, Encoder } from 'flexsearch-compact';
import type { Locale } from '$lib/i18n/locales';
import { loadAnalyzer, words } from './analyzer';
import {
	ENCODER_OPTIONS,
	FIELDS,
	pairTerm,
	SearchIndex,
	type IndexData,
	type SearchSource,
	type StoredDoc
} from './engine';
import {
	bucketOf,
	firstLetter,
	lastLetter,
	MAX_PREFIX,
	shardName,
	type IndexManifest,
	type ShardKind,
	type TermShard
} from './shards';
import { MIN_TYPO_LENGTH } from './typo';

function newDocument() {
	const encoder = new Encoder(ENCODER_OPTIONS);
	return new Document({
		document: {
			id: 'id',
			index: FIELDS.map((f) => ({ field: f.name, tokenize: 'strict' as const, encoder }))
		}
	});
}

/** Parse an editors' synonyms file: one group per line, entries separated by commas, # comments. */
export function parseSynonyms(text: string): string[][] {
	return text
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean)
		.map((line) =>
			line
				.split(',')
				.map((entry) => entry.trim())
				.filter(Boolean)
		)
		.filter((group) => group.length > 1);
}

/** Terms within two words of each other, as `pairs` terms (phrase and proximity evidence). */
function pairsOf(terms: string[]): string[] {
	const pairs = new Set<string>();
	for (let i = 0; i < terms.length; i++)
		for (let j = i + 1; j <= i + 2 && j < terms.length; j++)
			if (terms[i] !== terms[j]) pairs.add(pairTerm(terms[i]!, terms[j]!));
	return [...pairs];
}

export async function buildIndexData(
	locale: Locale,
	sources: SearchSource[],
	synonymGroups: string[][]
): Promise<IndexData> {
	const analyzer = await loadAnalyzer(locale);
	const document = newDocument();
	const vocabulary = new Map<string, string>();
	for (const source of sources) {
		const fields: Record<(typeof FIELDS)[number]['name'], string> = {
			title: source.title,
			keywords: source.keywords.join(' '),
			description: source.description,
			headings: source.headings.join(' '),
			body: source.body,
			pairs: ''
		};
		const analyzed: Record<string, string> = { id: source.id };
		analyzed.pairs = [source.title, ...source.keywords]
			.flatMap((phrase) => pairsOf(analyzer.terms(phrase)))
			.join(' ');
		for (const field of FIELDS) {
			if (field.name === 'pairs') continue;
			const text = fields[field.name];
			for (const w of words(text)) {
				const term = analyzer.term(w.text);
				if (!term) continue;
				// a word whose collapsed form stems otherwise (business → busines) carries its own term
				const s = analyzer.surface(w.text);
				if (!vocabulary.has(s)) vocabulary.set(s, analyzer.term(s) === term ? s : `${s}:${term}`);
			}
			analyzed[field.name] = analyzer.terms(text).join(' ');
		}
		document.add(analyzed);
	}
	const index: Record<string, string> = {};
	document.export((key: string, data: string) => {
		index[key] = data;
	});
	const synonyms = synonymGroups
		.map((group) => [
			...new Set(group.map((entry) => analyzer.terms(entry).join(' ')).filter(Boolean))
		])
		.filter((group) => group.length > 1);
	return {
		locale,
		docs: sources.map(({ id, title, description, headings }) => ({
			id,
			title,
			description,
			headings
		})),
		vocabulary: [...vocabulary.values()].sort(),
		synonyms,
		index
	};
}

/** Raw JSON bytes a term shard grows to before the next prefix starts a new one (≈ 3–5 KB gzip). */
const TERM_SHARD_BYTES = 24_000;
/** Raw JSON bytes a vocabulary shard grows to before the next letter starts a new one (≈ 1.5 KB gzip). */
const VOCABULARY_SHARD_BYTES = 4_000;
/** A vocabulary up to this size (≈ 6 KB gzip) is one shard that both letter tables name. */
const SMALL_VOCABULARY_BYTES = 24_000;
/** Documents per stored-document shard, and article paths per path shard. */
const DOCS_PER_SHARD = 12;
const PATHS_PER_SHARD = 48;

export interface Split {
	manifest: IndexManifest;
	/** file name → JSON text */
	files: Map<string, string>;
}

type Hash = (text: string) => string;

/** Writes a shard's JSON under its content-hashed name; returns the hash. */
function writer(owner: Locale, files: Map<string, string>, hash: Hash) {
	return (kind: ShardKind, data: unknown): string => {
		const json = JSON.stringify(data);
		const h = hash(json);
		files.set(shardName(owner, kind, h), json);
		return h;
	};
}

type Slots = unknown[];

/** term → its entry in each field's map, from FlexSearch's export ("title.1.map" → [[term, slots], …]). */
function termEntries(index: Record<string, string>): Map<string, Record<string, Slots>> {
	const terms = new Map<string, Record<string, Slots>>();
	for (const [key, data] of Object.entries(index)) {
		const field = /^(\w+)\.\d+\.map$/.exec(key)?.[1];
		if (!field) {
			// the registry only serves updates and deletions, which a built index never sees
			if (/^\d+\.reg$/.test(key)) continue;
			throw new Error(`search index: unexpected export key ${key}`);
		}
		for (const [term, slots] of JSON.parse(data) as [string, Slots][]) {
			const entry = terms.get(term) ?? {};
			entry[field] = slots;
			terms.set(term, entry);
		}
	}
	return terms;
}

/**
 * Terms grouped by prefix: one letter, and a group above TERM_SHARD_BYTES split by one more letter (down to
 * MAX_PREFIX); terms shorter than the split stay in the group keyed by the shorter prefix.
 */
function prefixGroups(terms: string[], size: (t: string) => number): [string, string[]][] {
	const groups: [string, string[]][] = [];
	const split = (key: string, members: string[], depth: number) => {
		const total = members.reduce((sum, t) => sum + size(t), 0);
		if (total <= TERM_SHARD_BYTES || depth >= MAX_PREFIX) {
			groups.push([key, members]);
			return;
		}
		const byPrefix = new Map<string, string[]>();
		const short: string[] = [];
		for (const t of members) {
			const chars = [...t];
			if (chars.length <= depth) short.push(t);
			else {
				const prefix = chars.slice(0, depth + 1).join('');
				const list = byPrefix.get(prefix);
				if (list) list.push(t);
				else byPrefix.set(prefix, [t]);
			}
		}
		if (short.length) groups.push([key, short]);
		for (const [prefix, list] of byPrefix) split(prefix, list, depth + 1);
	};
	for (const [letter, list] of byKey(terms, firstLetter)) split(letter, list, 1);
	return groups.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A term shard with its article ids written once: slots hold each id's place in the shard's own `ids` list,
 * since every prefix of every word names the same few ids again (8% less gzip, more on long ids).
 */
function numbered(shard: Record<string, [string, Slots][]>): TermShard {
	const ids: string[] = [];
	const places = new Map<string, number>();
	const place = (id: string) => {
		let at = places.get(id);
		if (at === undefined) places.set(id, (at = ids.push(id) - 1));
		return at;
	};
	const fields: TermShard['fields'] = {};
	for (const [field, entries] of Object.entries(shard))
		fields[field] = entries.map(([term, slots]) => [
			term,
			slots.map((slot) => (Array.isArray(slot) ? slot.map((id) => place(String(id))) : null))
		]);
	return { ids, fields };
}

function termShards(index: Record<string, string>, write: ReturnType<typeof writer>) {
	const entries = termEntries(index);
	const size = (t: string) => t.length + JSON.stringify(entries.get(t)).length;
	const shards: IndexManifest['terms'] = [];
	let prefixes: string[] = [];
	let shard: Record<string, [string, Slots][]> = {};
	let bytes = 0;
	const flush = () => {
		if (!prefixes.length) return;
		shards.push([prefixes.join(' '), write('t', numbered(shard))]);
		prefixes = [];
		shard = {};
		bytes = 0;
	};
	// neighbouring small groups share a shard, so a shard is neither one huge prefix nor a few bytes
	for (const [prefix, terms] of prefixGroups([...entries.keys()], size)) {
		prefixes.push(prefix);
		for (const term of terms) {
			for (const [field, slots] of Object.entries(entries.get(term)!))
				(shard[field] ??= []).push([term, slots]);
			bytes += size(term);
		}
		if (bytes >= TERM_SHARD_BYTES) flush();
	}
	flush();
	return shards;
}

function byKey(words: string[], key: (w: string) => string): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const w of words) {
		const list = groups.get(key(w));
		if (list) list.push(w);
		else groups.set(key(w), [w]);
	}
	return groups;
}

/**
 * Vocabulary shards by letter: neighbouring letters share a shard until it reaches VOCABULARY_SHARD_BYTES, so a
 * small help centre is a few files rather than one per letter (each file costs a request and gzip's own
 * overhead). A shard that holds more letters than a query needs only adds words the whole index has anyway,
 * so results are those of the index read whole.
 */
function letterShards(
	groups: Map<string, string[]>,
	write: ReturnType<typeof writer>
): Record<string, string> {
	const shards: Record<string, string> = {};
	let letters: string[] = [];
	let words: string[] = [];
	let bytes = 0;
	const flush = () => {
		if (!letters.length) return;
		const hash = write('s', words);
		for (const letter of letters) shards[letter] = hash;
		letters = [];
		words = [];
		bytes = 0;
	};
	for (const [letter, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		letters.push(letter);
		words.push(...list);
		bytes += JSON.stringify(list).length;
		if (bytes >= VOCABULARY_SHARD_BYTES) flush();
	}
	flush();
	return shards;
}

/** Items in `count` buckets by their id's hash, each bucket written as one shard. */
export function bucketed<T>(
	items: T[],
	idOf: (item: T) => string,
	perShard: number,
	write: (bucket: T[]) => string
): string[] {
	const count = Math.max(1, Math.ceil(items.length / perShard));
	const buckets: T[][] = Array.from({ length: count }, () => []);
	for (const item of items) buckets[bucketOf(idOf(item), count)]!.push(item);
	return buckets.map(write);
}

/** A vocabulary entry's word: `word` or `word:term` (see buildIndexData). */
const surfaceOf = (entry: string) => entry.split(':')[0]!;

/** One locale's index as shards and the manifest naming them. */
export function splitIndex(data: IndexData, hash: Hash): Split {
	const files = new Map<string, string>();
	const write = writer(data.locale, files, hash);
	// only words long enough to be a typo candidate (see typo.ts) are looked up by their last letter
	const typoCandidates = data.vocabulary.filter(
		(w) => [...surfaceOf(w)].length >= MIN_TYPO_LENGTH - 1
	);
	const byFirst = byKey(data.vocabulary, (w) => firstLetter(surfaceOf(w)));
	const byLast = byKey(typoCandidates, (w) => lastLetter(surfaceOf(w)));
	let starts: Record<string, string>;
	let ends: Record<string, string>;
	if (JSON.stringify(data.vocabulary).length <= SMALL_VOCABULARY_BYTES) {
		// a small help centre's words are one shard, fetched once, rather than each word in two
		const all = write('s', data.vocabulary);
		starts = Object.fromEntries([...byFirst.keys()].map((letter) => [letter, all]));
		ends = Object.fromEntries([...byLast.keys()].map((letter) => [letter, all]));
	} else {
		starts = letterShards(byFirst, write);
		ends = letterShards(byLast, write);
	}
	const manifest: IndexManifest = {
		locale: data.locale,
		count: data.docs.length,
		synonyms: data.synonyms,
		terms: termShards(data.index, write),
		starts,
		ends,
		docs: bucketed(
			data.docs,
			(d: StoredDoc) => d.id,
			DOCS_PER_SHARD,
			(docs) => write('d', docs)
		)
	};
	return { manifest, files };
}

/** A reader's article paths as shards ({ id: path } each). */
export function splitPaths(
	reader: Locale,
	paths: Record<string, string>,
	files: Map<string, string>,
	hash: Hash
): string[] {
	const write = writer(reader, files, hash);
	return bucketed(
		Object.entries(paths),
		([id]) => id,
		PATHS_PER_SHARD,
		(entries) => write('p', Object.fromEntries(entries))
	);
}

let opened = 0;

/** An index built in this process, opened with every shard loaded: searched synchronously. */
export async function openIndexData(data: IndexData): Promise<SearchIndex> {
	// names only need to be unique within this process
	const run = ++opened;
	let n = 0;
	const { manifest, files } = splitIndex(data, () => `${run}.${n++}`);
	const index = await SearchIndex.open(manifest, async (name) => JSON.parse(files.get(name)!));
	await index.loadAll();
	return index;
}
