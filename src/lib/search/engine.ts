// The one search implementation's core: query planning, ranking and highlighting over an index whose shards
// (shards.ts) load as queries need them. Shared by the browser island, the no-JS search page, suggestions and
// the evaluation CLI, through help-centre.ts; split.ts builds what it reads; scoring.ts ranks. Pure: no $app
// imports, no I/O.
export { CONFIDENCE, FIELDS, pairTerm, type QueryPlan, type SearchHit } from './scoring';
import type { Locale } from '$lib/i18n/locales';
import { loadAnalyzer, words, type Analyzer } from './analyzer';
import { AFFIXES, COMPOUNDING, splitCompound, unglue, type Lexicon } from './compound';
import {
	FIELDS,
	pairTerm,
	rank,
	type Alternative,
	type AlternativeKind,
	type FieldName,
	type Postings,
	type QueryPlan,
	type SearchHit,
	type Slot
} from './scoring';
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
	/**
	 * Every word of the articles as typed (lowercased, folded, doubles collapsed, not stemmed), for typo correction
	 * and completion; `word:term` where the collapsed word stems otherwise than the word did.
	 */
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

/** Terms arrive analyzed (see analyzer.ts): FlexSearch only splits on spaces. */
export const ENCODER_OPTIONS = {
	normalize: false,
	split: ' ',
	dedupe: false,
	minlength: 1,
	numeric: false
} as const;

const TRUNCATE_FROM = 6;
const MAX_QUERY_WORDS = 12;
const MAX_COMPLETIONS = 24;
const MAX_AFFIXED = 3;
/** The alternatives of a word that make phrase and proximity pairs with its neighbours', at most this many. */
const PAIR_KINDS = new Set<AlternativeKind>(['exact', 'synonym', 'affix', 'typo']);
const MAX_PAIR_ALTERNATIVES = 4;

export class SearchIndex {
	readonly locale: Locale;
	/** The stored documents loaded so far. */
	readonly docs = new Map<string, StoredDoc>();
	private readonly analyzer: Analyzer;
	private readonly fields = new Map<FieldName, Postings>(FIELDS.map((f) => [f.name, new Map()]));
	/** Articles in the index: what a term's document frequency is measured against. */
	private readonly count: number;
	private readonly manifest: IndexManifest;
	private readonly read: ShardReader;
	private readonly terms: Map<string, number>;
	private readonly loads = new Map<string, Promise<void>>();
	/** The vocabulary shards loaded so far, sorted, and their typo index (built when first needed). */
	private readonly loadedWords = new Set<string>();
	/** Article words whose collapsed form stems otherwise than the word did: their index term. */
	private readonly stems = new Map<string, string>();
	private sortedVocabulary: string[] = [];
	private typoIndex: TypoIndex | undefined;
	/** The articles' words as loaded so far, for ungluing and splitting the words they do not have. */
	private readonly lexicon: Lexicon = {
		has: (w) => this.typos.has(w),
		starts: (p) => this.isPrefix(p),
		term: (w) => this.termOf(w)
	};
	private readonly synonyms: string[][];

	private constructor(manifest: IndexManifest, analyzer: Analyzer, read: ShardReader) {
		this.locale = manifest.locale;
		this.manifest = manifest;
		this.analyzer = analyzer;
		this.read = read;
		this.terms = termTable(manifest.terms);
		this.synonyms = manifest.synonyms;
		this.count = manifest.count ?? 100;
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
				const map = this.fields.get(field as FieldName);
				if (!map) continue;
				for (const [term, slots] of entries)
					map.set(
						term,
						slots.map((slot) => slot && slot.map((place) => ids[place]!))
					);
			}
		} else if (kind === 'd') {
			for (const doc of data as StoredDoc[]) this.docs.set(doc.id, doc);
		} else {
			for (const entry of data as string[]) {
				const [word, term] = entry.split(':');
				this.loadedWords.add(word!);
				if (term) this.stems.set(word!, term);
			}
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
		const typed = this.queryTerms(query).filter((t) => t.length >= 2);
		const m = this.manifest;
		await Promise.all(typed.map((t) => this.load('s', m.starts[firstLetter(t.word)])));
		// then, in one round: typo candidates share the last letter of an unknown word; a compound's right half
		// starts at any of its letters, a word without its affixes at one of the first three (or with ال)
		const hashes = typed
			.filter((t) => t.length >= MIN_TYPO_LENGTH && !this.known(t.word, t.last))
			.map((t) => m.ends[lastLetter(t.word)]);
		const compounds = COMPOUNDING.has(this.locale);
		if (compounds || AFFIXES[this.locale]) {
			const letters = new Set(
				typed
					.filter((t) => !this.typos.has(t.word))
					.flatMap((t) => [...t.word].slice(compounds ? 2 : 1, compounds ? undefined : 3))
			);
			if (this.locale === 'ar') letters.add('ا');
			for (const l of letters) hashes.push(m.starts[l]);
		}
		await Promise.all(hashes.map((hash) => this.load('s', hash)));
		const plan = this.plan(query);
		const shards = new Set<number>();
		for (const term of lookups(plan)) {
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

	/** Where this word is, or would be, in the sorted vocabulary loaded so far. */
	private lowerBound(word: string): number {
		let lo = 0;
		let hi = this.sortedVocabulary.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.sortedVocabulary[mid]! < word) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Does any article word start with this one? (A word still being typed is not a typo.) */
	private isPrefix(term: string): boolean {
		return this.sortedVocabulary[this.lowerBound(term)]?.startsWith(term) ?? false;
	}

	/** Article words that start with this one, in order, at most `max`. */
	private completions(prefix: string, max: number): string[] {
		const found: string[] = [];
		for (
			let i = this.lowerBound(prefix);
			i < this.sortedVocabulary.length && found.length < max;
			i++
		) {
			if (!this.sortedVocabulary[i]!.startsWith(prefix)) break;
			found.push(this.sortedVocabulary[i]!);
		}
		return found;
	}

	/** An article word's index term. */
	private termOf(word: string): string {
		return this.stems.get(word) ?? this.analyzer.term(word);
	}

	/** An article word, or the last word of the query being typed: not a typo. */
	private known(word: string, last: boolean): boolean {
		return this.typos.has(word) || (last && this.isPrefix(word));
	}

	private queryTerms(query: string) {
		const terms: { term: string; word: string; length: number; last: boolean }[] = [];
		const all = words(query).slice(0, MAX_QUERY_WORDS);
		all.forEach((w, i) => {
			const term = this.analyzer.term(w.text);
			if (term)
				terms.push({
					term,
					word: this.analyzer.surface(w.text),
					length: [...w.text].length,
					last: i === all.length - 1
				});
		});
		return terms;
	}

	/** The words a query searches and their alternatives: synchronous, over the shards loaded (see prepare()). */
	plan(query: string): QueryPlan {
		const typed = this.queryTerms(query);
		const base = typed.map((t) => t.term);
		const slots: Slot[] = typed.map(({ term, word, length, last }) => {
			const alternatives: Alternative[] = [{ term, kind: 'exact' }];
			const add = (t: string, kind: AlternativeKind) => {
				if (t && !alternatives.some((a) => a.term === t)) alternatives.push({ term: t, kind });
			};
			let parts: Slot['parts'];
			if (!this.typos.has(word)) {
				// the last word may still be being typed: the article words it starts; else a typo, or a
				// compound of article words (a word the customer went on from is finished)
				if (last && this.isPrefix(word))
					for (const w of this.completions(word, MAX_COMPLETIONS))
						add(this.termOf(w), 'completion');
				else if (length >= MIN_TYPO_LENGTH)
					for (const w of this.typos.corrections(word)) add(this.termOf(w), 'typo');
				for (const w of unglue(this.locale, word, this.lexicon).slice(0, MAX_AFFIXED))
					add(this.termOf(w), 'affix');
				if (COMPOUNDING.has(this.locale) && length >= 6) parts = splitCompound(word, this.lexicon);
			}
			// a quarter off, but at least two letters and never below four (paketet→paket, leveransen→levera),
			// then the article words it starts: stemmer asymmetries (informasjonskapsel/informasjonskapsler)
			const chars = [...term];
			if (chars.length >= TRUNCATE_FROM) {
				const keep = Math.max(4, Math.min(Math.ceil(chars.length * 0.75), chars.length - 2));
				const cut = chars.slice(0, keep).join('');
				for (const w of this.completions(cut, MAX_COMPLETIONS)) add(this.termOf(w), 'truncated');
			}
			return {
				term,
				alternatives,
				parts,
				...(this.analyzer.question(term) ? { question: true } : {})
			};
		});
		// editors' synonyms: an entry all of whose words the query has lends the group's other entries to them
		for (const group of this.synonyms) {
			const present = group.filter((entry) =>
				entry.split(' ').every((part) => base.includes(part))
			);
			if (present.length === 0) continue;
			// a phrase entry (öppet köp) stands in only where the article has all of its words
			const others = group.filter((entry) => !present.includes(entry)).map((e) => e.split(' '));
			for (const entry of present)
				for (const part of entry.split(' '))
					for (const slot of slots)
						if (slot.term === part)
							for (const [t, ...also] of others)
								if (!slot.alternatives.some((a) => a.term === t && !a.also))
									slot.alternatives.push({
										term: t!,
										kind: 'synonym',
										...(also.length ? { also } : {})
									});
		}
		// neighbouring words as pairs, each also as the words they stand for (a synonym, the word a typo or an
		// affix hides): "téléphone … Lumo" is a phrase match for "appeler le support Lumo"
		const pairable = slots.map((slot) =>
			slot.alternatives
				.filter((a) => PAIR_KINDS.has(a.kind) && !a.also)
				.slice(0, MAX_PAIR_ALTERNATIVES)
				.map((a) => a.term)
		);
		const pairs = new Map<string, string[]>();
		for (let i = 0; i < slots.length; i++)
			for (let j = i + 1; j <= i + 2 && j < slots.length; j++) {
				const key = pairTerm(base[i]!, base[j]!);
				if (base[i] === base[j] || pairs.has(key)) continue;
				const group = new Set<string>();
				for (const a of pairable[i]!)
					for (const b of pairable[j]!) if (a !== b) group.add(pairTerm(a, b));
				pairs.set(key, [...group]);
			}
		const terms = new Set<string>();
		for (const slot of slots) {
			for (const a of slot.alternatives) for (const t of [a.term, ...(a.also ?? [])]) terms.add(t);
			for (const p of slot.parts ?? []) terms.add(p);
		}
		return { slots, pairs: [...pairs.values()], terms: [...terms] };
	}

	/** Article ids with a confident score, best first (see SearchHit.score and CONFIDENCE). */
	search(query: string, limit = 10): SearchHit[] {
		return this.run(this.plan(query), limit);
	}

	/** search() for a query already planned. */
	run(plan: QueryPlan, limit: number): SearchHit[] {
		return rank(plan, this.fields, this.count, limit);
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

/** Every term a plan looks up in the index. */
export function lookups(plan: QueryPlan): string[] {
	const terms = new Set(plan.terms);
	for (const slot of plan.slots) terms.add(slot.term);
	for (const pair of plan.pairs.flat()) terms.add(pair);
	return [...terms];
}
