// Typo tolerance: a query word of 5 or more letters that is not in the index may match index terms one edit
// away (a letter added, dropped, changed, or two neighbours swapped). FlexSearch's `tolerant` tokenizer covers
// only swaps and one deletion and cannot be combined with prefix matching, so candidates come from a
// deletion index over the vocabulary (SymSpell's idea) and are confirmed with the edit distance.

export const MIN_TYPO_LENGTH = 5;

function deletions(term: string): string[] {
	const chars = [...term];
	return chars.map((_, i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
}

/** Optimal string alignment distance, stopping early above 1: only "one edit or not" matters here. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > 1) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	const restA = x.slice(i);
	const restB = y.slice(i);
	const same = (p: string[], q: string[]) => p.length === q.length && p.every((c, k) => c === q[k]);
	if (x.length === y.length) {
		return (
			same(restA.slice(1), restB.slice(1)) ||
			(restA[0] === restB[1] && restA[1] === restB[0] && same(restA.slice(2), restB.slice(2)))
		);
	}
	return x.length > y.length ? same(restA.slice(1), restB) : same(restA, restB.slice(1));
}

export class TypoIndex {
	private readonly vocabulary: Set<string>;
	private readonly byDeletion = new Map<string, string[]>();

	constructor(vocabulary: Iterable<string>) {
		this.vocabulary = new Set(vocabulary);
		for (const term of this.vocabulary) {
			if ([...term].length < MIN_TYPO_LENGTH - 1) continue;
			for (const key of [term, ...deletions(term)]) {
				const list = this.byDeletion.get(key);
				if (list) list.push(term);
				else this.byDeletion.set(key, [term]);
			}
		}
	}

	has(term: string): boolean {
		return this.vocabulary.has(term);
	}

	/** Index terms one edit away from a term the index does not have; none for short or known terms. */
	corrections(term: string): string[] {
		if ([...term].length < MIN_TYPO_LENGTH - 1 || this.vocabulary.has(term)) return [];
		const found = new Set<string>();
		for (const key of [term, ...deletions(term)]) {
			for (const candidate of this.byDeletion.get(key) ?? []) {
				if (withinOneEdit(term, candidate)) found.add(candidate);
			}
		}
		return [...found];
	}
}
