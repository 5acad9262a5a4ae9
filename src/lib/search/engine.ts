// The one search implementation: index building and querying, shared by the build, the browser island, the
// no-JS search page, suggestions and the evaluation CLI. Pure: no $app imports, no I/O.
import { Document, Encoder } from 'flexsearch-compact';
import type { Locale } from '$lib/i18n/locales';
import { collapseDoubles, fold, loadAnalyzer, words, type Analyzer } from './analyzer';
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
}

/**
 * What a reader's browser fetches on first use of search, as a hashed static asset: the URL of every article
 * in the reader's locale, and the index of the articles written in it (none for a locale without content).
 */
export interface SearchFile {
	v: 1;
	reader: Locale;
	paths: Record<string, string>;
	index?: IndexData;
}

/** One locale's index. */
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

function newDocument() {
	// Terms arrive analyzed (see analyzer.ts): FlexSearch only splits on spaces and indexes prefixes.
	const encoder = new Encoder({
		normalize: false,
		split: ' ',
		dedupe: false,
		minlength: 1,
		numeric: false
	});
	return new Document({
		document: {
			id: 'id',
			index: FIELDS.map((f) => ({ field: f.name, tokenize: f.tokenize, encoder }))
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

export async function buildIndexData(
	locale: Locale,
	sources: SearchSource[],
	synonymGroups: string[][]
): Promise<IndexData> {
	const analyzer = await loadAnalyzer(locale);
	const document = newDocument();
	const vocabulary = new Set<string>();
	for (const source of sources) {
		const fields: Record<FieldName, string> = {
			title: source.title,
			keywords: source.keywords.join(' '),
			description: source.description,
			headings: source.headings.join(' '),
			body: source.body
		};
		const analyzed: Record<string, string> = { id: source.id };
		for (const field of FIELDS) {
			const text = fields[field.name];
			for (const w of words(text)) if (analyzer.term(w.text)) vocabulary.add(surface(w.text));
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
		vocabulary: [...vocabulary].sort(),
		synonyms,
		index
	};
}

/** A word as typed, for typo matching: case, diacritics and doubled letters do not count as typos. */
function surface(word: string): string {
	return collapseDoubles(fold(word.normalize('NFC').toLowerCase()));
}

export interface QueryPlan {
	passes: { query: string; weight: number }[];
	/** Every term a result may have matched, for highlighting (prefix match, as the index does). */
	terms: string[];
}

export class SearchIndex {
	readonly locale: Locale;
	readonly docs: Map<string, StoredDoc>;
	private readonly analyzer: Analyzer;
	private readonly document: ReturnType<typeof newDocument>;
	private readonly typos: TypoIndex;
	private readonly sortedVocabulary: string[];
	private readonly synonyms: string[][];

	private constructor(file: IndexData, analyzer: Analyzer) {
		this.locale = file.locale;
		this.analyzer = analyzer;
		this.docs = new Map(file.docs.map((d) => [d.id, d]));
		this.document = newDocument();
		for (const [key, data] of Object.entries(file.index)) this.document.import(key, data);
		this.typos = new TypoIndex(file.vocabulary);
		this.sortedVocabulary = file.vocabulary;
		this.synonyms = file.synonyms;
	}

	static async load(data: IndexData): Promise<SearchIndex> {
		return new SearchIndex(data, await loadAnalyzer(data.locale));
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

	plan(query: string): QueryPlan {
		const queryWords = words(query).slice(0, MAX_QUERY_WORDS);
		const terms: { term: string; word: string; length: number }[] = [];
		for (const w of queryWords) {
			const term = this.analyzer.term(w.text);
			if (term) terms.push({ term, word: surface(w.text), length: [...w.text].length });
		}
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
			if (length < MIN_TYPO_LENGTH || this.typos.has(word) || this.isPrefix(word)) continue;
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
			const perField = this.document.search({
				query: pass.query,
				suggest: true,
				limit: PER_FIELD_LIMIT
			}) as { field: FieldName; result: string[] }[];
			for (const { field, result } of perField) {
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

export interface SearchResult {
	id: string;
	title: Segment[];
	snippet: Segment[];
	/** Set when the article is in another language than the reader's (a cross-language result). */
	lang?: Locale;
}

/** The reader's own results first; when there are fewer than this, other languages may fill in. */
const MIN_OWN_RESULTS = 3;

/**
 * Search for a reader: their locale's index first; if it finds fewer than MIN_OWN_RESULTS articles (or the
 * locale has no content), the fallback index adds its best, labelled with their language.
 */
export async function searchHelpCentre(
	reader: Locale,
	own: SearchIndex | undefined,
	fallback: () => Promise<SearchIndex | undefined>,
	query: string,
	limit = 8
): Promise<SearchResult[]> {
	const results = own ? present(own, query, limit, reader) : [];
	if (results.length < MIN_OWN_RESULTS) {
		const other = await fallback();
		if (other && other !== own) {
			const seen = new Set(results.map((r) => r.id));
			results.push(...present(other, query, limit, reader, seen).slice(0, limit - results.length));
		}
	}
	return results;
}

/** One index's results without those already shown, highlighted: one plan serves ranking and highlighting. */
function present(
	index: SearchIndex,
	query: string,
	limit: number,
	reader: Locale,
	seen = new Set<string>()
): SearchResult[] {
	const plan = index.plan(query);
	return index.run(plan, limit).flatMap(({ id }) => {
		const doc = index.docs.get(id);
		if (!doc || seen.has(id)) return [];
		const title = index.highlight(doc.title, plan.terms);
		const candidates = [doc.description, ...doc.headings].map((t) =>
			index.highlight(t, plan.terms)
		);
		const snippet = candidates.find((s) => s.some((seg) => seg.hit)) ?? candidates[0]!;
		return [{ id, title, snippet, lang: index.locale === reader ? undefined : index.locale }];
	});
}

/** A search file with its index loaded (no index for a locale without content). */
export interface OpenSearchFile {
	file: SearchFile;
	index?: SearchIndex;
}

/**
 * Search files opened once per key (a locale, a URL) and kept: `load` gets the file however its caller can
 * (fetch in the browser, the bundled files on the server, disk in the CLIs). A failed load stays failed.
 */
export function searchFileCache<K>(
	load: (key: K) => Promise<SearchFile>
): (key: K) => Promise<OpenSearchFile> {
	const opened = new Map<K, Promise<OpenSearchFile>>();
	return (key) => {
		let file = opened.get(key);
		if (!file) {
			file = load(key).then(async (loaded) => ({
				file: loaded,
				index: loaded.index ? await SearchIndex.load(loaded.index) : undefined
			}));
			opened.set(key, file);
		}
		return file;
	};
}
