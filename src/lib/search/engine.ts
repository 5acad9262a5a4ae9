// The one search implementation's core: query planning, ranking and highlighting over an index whose shards
// (shards.ts) load as queries need them. Shared by the browser island, the no-JS search page, suggestions and
// the evaluation CLI, through help-centre.ts; split.ts builds what it reads. Pure: no $app imports, no I/O.
import { Encoder, Index } from 'flexsearch-light';
import type { Locale } from '$lib/i18n/locales';
import { collapseDoubles, fold, loadAnalyzer, words, type Analyzer } from './analyzer';
import {
	bucketOf,
	firstLetter,
	lastLetter,
	shardName,
	termShard,
	termTable,
	type IndexManifest,
	type ShardKind,
	type ShardReader,
	type TermShard
} from './shards';
import { MIN_TYPO_LENGTH, TypoIndex } from './typo';

/**
 * Field weights for rank fusion: keywords (customers' own phrasings) count as much as the title. Bodies index
 * whole terms ('strict'): prefixes of every body word would double the index for little gain.
 */
export const FIELDS = [
	{ name: 'title', weight: 3, tokenize: 'forward' },
	{ name: 'keywords', weight: 3, tokenize: 'forward' },
	{ name: 'description', weight: 1.5, tokenize: 'forward' },
	{ name: 'headings', weight: 1.5, tokenize: 'forward' },
	{ name: 'body', weight: 1, tokenize: 'strict' }
] as const;
type FieldName = (typeof FIELDS)[number]['name'];
const FIELD_WEIGHT = Object.fromEntries(FIELDS.map((f) => [f.name, f.weight])) as Record<
	FieldName,
	number
>;

/** Reciprocal-rank fusion constant: small, because a field's top few results matter most. */
const RRF_K = 5;
/** Second-pass weights: synonyms and typo corrections, then long words cut short (stemmer asymmetries). */
const EXPANSION_WEIGHT = 0.7;
const TRUNCATION_WEIGHT = 0.35;
const TRUNCATE_FROM = 6;
const MAX_QUERY_WORDS = 12;
const PER_FIELD_LIMIT = 50;

/** What the build indexes for one article. */
export interface SearchSource {
	id: string;
	title: string;
	description: string;
	keywords: string[];
	headings: string[];
	body: string;
}

/** What the browser receives for one article: enough to show a result, nothing more. */
export interface StoredDoc {
	id: string;
	title: string;
	description: string;
	headings: string[];
	/** The article's path in its own locale (set by the build). */
	path?: string;
}

/** One locale's index as built, before it is cut into shards (split.ts). */
export interface IndexData {
	/** The locale whose analyzer built the index. */
	locale: Locale;
	docs: StoredDoc[];
	/** Every word of the articles as typed (lowercased, folded, doubles collapsed, not stemmed), for typo correction. */
	vocabulary: string[];
	/** Editors' synonym groups, analyzed: each entry is its terms joined by a space. */
	synonyms: string[][];
	/** FlexSearch Document export. */
	index: Record<string, string>;
}

export interface Segment {
	text: string;
	hit: boolean;
}

export interface SearchHit {
	id: string;
	score: number;
}

/** Terms arrive analyzed (see analyzer.ts): FlexSearch only splits on spaces and indexes prefixes. */
export const ENCODER_OPTIONS = {
	normalize: false,
	split: ' ',
	dedupe: false,
	minlength: 1,
	numeric: false
} as const;

/** One FlexSearch index per field, configured as the build's Document configures its fields. */
function newFields() {
	const encoder = new Encoder(ENCODER_OPTIONS);
	return new Map(FIELDS.map((f) => [f.name, new Index({ tokenize: f.tokenize, encoder })]));
}

/** A word as typed, for typo matching: case, diacritics and doubled letters do not count as typos. */
export function surface(word: string): string {
	return collapseDoubles(fold(word.normalize('NFC').toLowerCase()));
}

export interface QueryPlan {
	passes: { query: string; weight: number }[];
	/** Every term a result may have matched, for highlighting (prefix match, as the index does). */
	terms: string[];
}

export class SearchIndex {
	readonly locale: Locale;
	/** The stored documents loaded so far. */
	readonly docs = new Map<string, StoredDoc>();
	private readonly analyzer: Analyzer;
	private readonly fields = newFields();
	private readonly manifest: IndexManifest;
	private readonly read: ShardReader;
	private readonly terms: Map<string, number>;
	private readonly loads = new Map<string, Promise<void>>();
	/** The vocabulary shards loaded so far, sorted, and their typo index (built when first needed). */
	private readonly loadedWords = new Set<string>();
	private sortedVocabulary: string[] = [];
	private typoIndex: TypoIndex | undefined;
	private readonly synonyms: string[][];

	private constructor(manifest: IndexManifest, analyzer: Analyzer, read: ShardReader) {
		this.locale = manifest.locale;
		this.manifest = manifest;
		this.analyzer = analyzer;
		this.read = read;
		this.terms = termTable(manifest.terms);
		this.synonyms = manifest.synonyms;
	}

	/** An index whose shards load as queries need them. */
	static async open(manifest: IndexManifest, read: ShardReader): Promise<SearchIndex> {
		return new SearchIndex(manifest, await loadAnalyzer(manifest.locale), read);
	}

	/** A shard, read and applied once however many queries ask for it at the same time. */
	private load(kind: ShardKind, hash: string | undefined): Promise<void> {
		if (hash === undefined) return Promise.resolve();
		const name = shardName(this.locale, kind, hash);
		let loading = this.loads.get(name);
		if (!loading) {
			loading = this.read(name).then((data) => this.apply(kind, data));
			this.loads.set(name, loading);
		}
		return loading;
	}

	private apply(kind: ShardKind, data: unknown) {
		if (kind === 't') {
			// what FlexSearch's import does with a map chunk, without the import code in the browser
			const { ids, fields } = data as TermShard;
			for (const [field, entries] of Object.entries(fields)) {
				const map = (
					this.fields.get(field as FieldName) as unknown as { map: Map<string, unknown> }
				).map;
				for (const [term, slots] of entries)
					map.set(
						term,
						slots.map((slot) => slot && slot.map((place) => ids[place]!))
					);
			}
		} else if (kind === 'd') {
			for (const doc of data as StoredDoc[]) this.docs.set(doc.id, doc);
		} else {
			for (const word of data as string[]) this.loadedWords.add(word);
			this.sortedVocabulary = [...this.loadedWords].sort();
			this.typoIndex = undefined;
		}
	}

	/** Every shard: for callers that search synchronously (search(), plan()). */
	async loadAll(): Promise<void> {
		const m = this.manifest;
		await Promise.all([
			...m.terms.map(([, hash]) => this.load('t', hash)),
			...Object.values(m.starts).map((hash) => this.load('s', hash)),
			...m.docs.map((hash) => this.load('d', hash))
		]);
	}

	private get typos(): TypoIndex {
		return (this.typoIndex ??= new TypoIndex(this.sortedVocabulary));
	}

	/**
	 * Loads what planning and running this query need: the vocabulary of its words' first letters (is a word
	 * known, or being typed?), of the last letters of unknown ones (typo candidates one edit away share the
	 * first or the last letter), then the term-map shards of every term the plan searches.
	 */
	async prepare(query: string): Promise<QueryPlan> {
		const typed = this.queryTerms(query).filter((t) => t.length >= MIN_TYPO_LENGTH);
		const m = this.manifest;
		await Promise.all(typed.map((t) => this.load('s', m.starts[firstLetter(t.word)])));
		await Promise.all(
			typed
				.filter((t) => !this.known(t.word))
				.map((t) => this.load('s', m.ends[lastLetter(t.word)]))
		);
		const plan = this.plan(query);
		const shards = new Set<number>();
		for (const pass of plan.passes)
			for (const term of pass.query.split(' ')) {
				const shard = termShard(term, this.terms);
				if (shard !== undefined) shards.add(shard);
			}
		await Promise.all([...shards].map((shard) => this.load('t', m.terms[shard]![1])));
		return plan;
	}

	/** Loads the stored documents of these ids. */
	async lookUp(ids: string[]): Promise<void> {
		await Promise.all(
			ids.map((id) => this.load('d', this.manifest.docs[bucketOf(id, this.manifest.docs.length)]))
		);
	}

	/** Does any article word start with this one? (A word still being typed is not a typo.) */
	private isPrefix(term: string): boolean {
		let lo = 0;
		let hi = this.sortedVocabulary.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.sortedVocabulary[mid]! < term) lo = mid + 1;
			else hi = mid;
		}
		return this.sortedVocabulary[lo]?.startsWith(term) ?? false;
	}

	private known(word: string): boolean {
		return this.typos.has(word) || this.isPrefix(word);
	}

	private queryTerms(query: string) {
		const terms: { term: string; word: string; length: number }[] = [];
		for (const w of words(query).slice(0, MAX_QUERY_WORDS)) {
			const term = this.analyzer.term(w.text);
			if (term) terms.push({ term, word: surface(w.text), length: [...w.text].length });
		}
		return terms;
	}

	/** The passes a query runs: synchronous, over the shards loaded (prepare() loads what it needs). */
	plan(query: string): QueryPlan {
		const terms = this.queryTerms(query);
		if (terms.length === 0) return { passes: [], terms: [] };
		const base = terms.map((t) => t.term);
		const expansions = new Set<string>();
		for (const group of this.synonyms) {
			const present = group.filter((entry) =>
				entry.split(' ').every((part) => base.includes(part))
			);
			if (present.length === 0) continue;
			for (const entry of group)
				if (!present.includes(entry)) for (const part of entry.split(' ')) expansions.add(part);
		}
		for (const { word, length } of terms) {
			if (length < MIN_TYPO_LENGTH || this.known(word)) continue;
			for (const correction of this.typos.corrections(word)) {
				const term = this.analyzer.term(correction);
				if (term) expansions.add(term);
			}
		}
		// a quarter off, but at least two letters and never below four: paketet→paket, leveransen→levera
		const truncated = base
			.map((t) => [...t])
			.filter((chars) => chars.length >= TRUNCATE_FROM)
			.map((chars) => {
				const keep = Math.max(4, Math.min(Math.ceil(chars.length * 0.75), chars.length - 2));
				return chars.slice(0, keep).join('');
			});
		const passes = [{ query: base.join(' '), weight: 1 }];
		if (expansions.size)
			passes.push({ query: [...base, ...expansions].join(' '), weight: EXPANSION_WEIGHT });
		if (truncated.length) passes.push({ query: truncated.join(' '), weight: TRUNCATION_WEIGHT });
		return { passes, terms: [...new Set([...base, ...expansions, ...truncated])] };
	}

	/** Article ids by relevance: every field queried with suggest (partial matches count), fused by weighted RRF. */
	search(query: string, limit = 10): SearchHit[] {
		return this.run(this.plan(query), limit);
	}

	/** search() for a query already planned. */
	run({ passes }: QueryPlan, limit: number): SearchHit[] {
		const scores = new Map<string, number>();
		for (const pass of passes) {
			// as FlexSearch's Document searches each field, with the options it passes down
			const options = { query: pass.query, suggest: true, limit: PER_FIELD_LIMIT };
			for (const [field, index] of this.fields) {
				const result = index.search(pass.query, PER_FIELD_LIMIT, options) as string[];
				const weight = FIELD_WEIGHT[field] * pass.weight;
				result.forEach((id, rank) =>
					scores.set(String(id), (scores.get(String(id)) ?? 0) + weight / (RRF_K + rank))
				);
			}
		}
		return [...scores]
			.map(([id, score]) => ({ id, score }))
			.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
			.slice(0, limit);
	}

	/** The text split into plain and matched words: the caller renders segments as text, never HTML. */
	highlight(text: string, terms: string[]): Segment[] {
		const segments: Segment[] = [];
		let last = 0;
		for (const w of words(text)) {
			const term = this.analyzer.term(w.text);
			if (!term || !terms.some((q) => term.startsWith(q))) continue;
			if (w.start > last) segments.push({ text: text.slice(last, w.start), hit: false });
			segments.push({ text: w.text, hit: true });
			last = w.end;
		}
		if (last < text.length) segments.push({ text: text.slice(last), hit: false });
		return segments;
	}
}
