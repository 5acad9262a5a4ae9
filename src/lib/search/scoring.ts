// Ranking with a score the engine can defend (issue 16): each content word of the query weighs by how well it
// discriminates in this locale's articles, counts by how and where it matched, and only confident results are
// returned. engine.ts plans queries and holds the postings; this file turns them into hits.

/**
 * The fields an article is indexed by, each with how much a match in it says the article is about the word
 * (issue 16): keywords (customers' own phrasings) as much as the title. Every field indexes whole terms; words
 * still being typed are completed from the vocabulary instead, which keeps prefixes out of the index. `pairs`
 * holds neighbouring terms of the title and of each keyword (within two words, in either order) as one term
 * `a~b`, the evidence for a phrase or proximity match.
 */
export const FIELDS = [
	{ name: 'title', factor: 1 },
	{ name: 'keywords', factor: 1 },
	{ name: 'description', factor: 0.7 },
	{ name: 'headings', factor: 0.7 },
	{ name: 'body', factor: 0.45 },
	{ name: 'pairs', factor: 0 }
] as const;
export type FieldName = (typeof FIELDS)[number]['name'];
export type Postings = Map<string, (string[] | null)[]>;
const MATCH_FIELDS = FIELDS.filter((f) => f.name !== 'pairs');
/**
 * Where a question word counts: the title and the keywords phrase the question an article answers ("Why
 * doesn't Lumo offer phone support?"); a why in a body or a heading says nothing about what kind of answer the
 * article is.
 */
const QUESTION_FIELDS = MATCH_FIELDS.filter((f) => f.name === 'title' || f.name === 'keywords');
/** The same word in more fields says a little more: each further field adds this share of its factor. */
const MORE_FIELDS = 0.04;

/** How much a match through each kind of alternative counts against one of the word as typed. */
const ALTERNATIVE_WEIGHT = {
	exact: 1,
	synonym: 0.9,
	compound: 0.9,
	affix: 0.9,
	completion: 0.8,
	typo: 0.75,
	truncated: 0.7
} as const;
export type AlternativeKind = keyof typeof ALTERNATIVE_WEIGHT;
/** A phrase or proximity match in the title or a keyword adds up to this much to the score. */
const PAIR_BONUS = 0.2;
/**
 * Confidence (issue 16): a result is shown only with a coverage of at least `minScore` (most of the query's
 * weight matched, in fields that say what the article is about, each word weighing by its idf alone) and at
 * least `relativeScore` of the best one (no tail).
 */
export const CONFIDENCE = { minScore: 0.33, relativeScore: 0.5 };

export interface SearchHit {
	id: string;
	/**
	 * 0 to about 1.2: the query's words weighted by how well they discriminate in this locale's articles
	 * (inverse document frequency) and by how much the article most about each is about it, each counted by how
	 * it matched (exact, synonym, compound part, completion, typo, truncated) and where (title or keywords 1,
	 * description or headings 0.7, body 0.45), plus a bonus for neighbouring words found together in the title
	 * or a keyword. Results are in this order; whether one is shown at all is its coverage (see CONFIDENCE).
	 */
	score: number;
}

/** One way a query word may be found in the index. */
export interface Alternative {
	term: string;
	kind: AlternativeKind;
	/** The other words of a phrase: the article must have them all, and counts as its weakest. */
	also?: string[];
}

/** One content word of the query (stop words have none) and the ways it may be found. */
export interface Slot {
	/** The word's own index term. */
	term: string;
	alternatives: Alternative[];
	/** A compound's two halves, each an index term: found together, they count as the word. */
	parts?: [string, string];
	/** A question word (how, why…): it says what kind of answer is wanted, not what it is about. */
	question?: boolean;
}

export interface QueryPlan {
	slots: Slot[];
	/** Neighbouring words of the query, each as the `pairs` terms any of which is a match for it. */
	pairs: string[][];
	/** Every term a result may have matched, for highlighting (prefix match, as the index does). */
	terms: string[];
}

/** Each article that has the term, with how much its fields say it is about it. */
function postingsOf(
	fields: Map<FieldName, Postings>,
	term: string,
	cache: Map<string, Map<string, number>>,
	question = false
): Map<string, number> {
	const key = question ? `?${term}` : term;
	let found = cache.get(key);
	if (found) return found;
	found = new Map();
	const best = new Map<string, number>();
	for (const field of question ? QUESTION_FIELDS : MATCH_FIELDS) {
		for (const slot of fields.get(field.name)!.get(term) ?? [])
			for (const id of slot ?? []) {
				best.set(id, Math.max(best.get(id) ?? 0, field.factor));
				found.set(id, (found.get(id) ?? 0) + field.factor);
			}
	}
	// the best field counts whole, each further one a little
	for (const [id, sum] of found) {
		const top = best.get(id)!;
		found.set(id, top + MORE_FIELDS * (sum - top));
	}
	cache.set(key, found);
	return found;
}

/** How many articles are about a word: each counts by its best field's factor (see FIELDS), at most 1. */
function aboutness(postings: Map<string, number>): number {
	let sum = 0;
	for (const value of postings.values()) sum += Math.min(1, value);
	return sum;
}

/** The confident hits of a planned query, best first (see SearchHit.score and CONFIDENCE). */
export function rank(
	{ slots, pairs }: QueryPlan,
	fields: Map<FieldName, Postings>,
	count: number,
	limit: number
): SearchHit[] {
	// only question words ("how do I", "why"): nothing says what the question is about
	if (slots.every((s) => s.question)) return [];
	const cache = new Map<string, Map<string, number>>();
	/**
	 * Per article: its score in the order, its coverage of the query (confidence), and whether it matches a word
	 * saying what the question is about, not only how it is asked. One entry per article: at thousands of
	 * articles a common word matches most of them, and three maps cost three lookups each.
	 */
	const found = new Map<string, { score: number; sure: number; topical: boolean }>();
	let total = 0;
	let coverage = 0;
	for (const slot of slots) {
		const exact = postingsOf(fields, slot.term, cache);
		const matched = new Map<string, number>();
		const take = (id: string, value: number) =>
			matched.set(id, Math.max(matched.get(id) ?? 0, value));
		for (const { term, kind, also } of slot.alternatives) {
			// typos and cut words only stand in for a word the articles do not have as typed
			if (exact.size && (kind === 'typo' || kind === 'truncated')) continue;
			// a synonym counts a little less than the customer's own word (ALTERNATIVE_WEIGHT), wherever that is:
			// cutting it further where any article had the word made a synonym in a title lose to the word in
			// another article's description (ليش in a keyword beat لماذا in the title)
			const weight = ALTERNATIVE_WEIGHT[kind];
			// a phrase counts as its weakest word; most alternatives are one word, looked up without a list each
			const rest = (also ?? []).map((t) => postingsOf(fields, t, cache));
			for (const [id, value] of postingsOf(fields, term, cache, slot.question)) {
				let weakest = value;
				for (const other of rest) weakest = Math.min(weakest, other.get(id) ?? 0);
				take(id, weight * weakest);
			}
		}
		if (slot.parts && !exact.size) {
			const [left, right] = slot.parts.map((p) => postingsOf(fields, p, cache));
			for (const [id, value] of left!)
				take(id, (ALTERNATIVE_WEIGHT.compound * (value + (right!.get(id) ?? 0))) / 2);
			for (const [id, value] of right!) take(id, (ALTERNATIVE_WEIGHT.compound * value) / 2);
		}
		// a word no article has weighs as much as the rarest article word: it may be what the question is
		// about (a domain, VAT) or a filler (tomorrow, please). An article counts towards the word's frequency
		// by how much it is about it: a word every body mentions but few titles name still discriminates.
		let matchedAbout = 0;
		let best = 0;
		for (const value of matched.values()) {
			matchedAbout += Math.min(1, value);
			if (value > best) best = value;
		}
		const df = Math.max(1, aboutness(exact) || matchedAbout);
		const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
		// in the order, a question word is as rare as the titles and keywords that ask it: why is in many
		// bodies, but few articles are why-articles
		const asked = slot.question
			? Math.max(1, aboutness(postingsOf(fields, slot.term, cache, true)))
			: df;
		const rankIdf = asked === df ? idf : Math.log(1 + (count - asked + 0.5) / (asked + 0.5));
		// in the order, a word weighs also by how much its best article is about it: one that articles only
		// mention in passing (neem, in a body) cannot say which article is meant, and should not outweigh one
		// a title or keyword names (contact). Confidence still counts it whole: a query whose words no article
		// is about is not answered.
		const weight = rankIdf * (matched.size ? Math.min(1, best) : 1);
		total += weight;
		coverage += idf;
		for (const [id, value] of matched) {
			const hit = found.get(id);
			if (hit) {
				hit.score += weight * value;
				hit.sure += idf * value;
				hit.topical ||= !slot.question;
			} else found.set(id, { score: weight * value, sure: idf * value, topical: !slot.question });
		}
	}
	const pairPostings = fields.get('pairs')!;
	const pairHits = new Map<string, number>();
	for (const group of pairs) {
		const inGroup = new Set<string>();
		for (const pair of group)
			for (const slot of pairPostings.get(pair) ?? []) for (const id of slot ?? []) inGroup.add(id);
		for (const id of inGroup) pairHits.set(id, (pairHits.get(id) ?? 0) + 1);
	}
	// a question word orders the articles about the question's subject; alone it makes no answer ("how to
	// contact you" is not answered by "How do I reset my password?")
	const hits: { id: string; score: number; sure: number }[] = [];
	let top = 0;
	for (const [id, hit] of found) {
		if (!hit.topical) continue;
		const pair = pairs.length ? (PAIR_BONUS * (pairHits.get(id) ?? 0)) / pairs.length : 0;
		const sure = hit.sure / coverage + pair;
		hits.push({ id, score: hit.score / total + pair, sure });
		if (sure > top) top = sure;
	}
	return hits
		.filter((h) => h.sure >= CONFIDENCE.minScore && h.sure >= CONFIDENCE.relativeScore * top)
		.map((h) => ({ id: h.id, score: Math.round(h.score * 1000) / 1000 }))
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
		.slice(0, limit);
}

/** Two neighbouring terms as one `pairs` term, in either order. */
export function pairTerm(a: string, b: string): string {
	return a < b ? `${a}~${b}` : `${b}~${a}`;
}
