// Compound words split by the articles' own vocabulary (issue 16): Norwegian, Swedish, Danish and German glue
// words together ("kvitteringsskriveren", "mejladress"), so a customer's compound often names two words the
// articles use apart, or in another compound. A word is split where both halves are words of the articles
// (the right half may be inflected: its stem starts an article word); a linking s or e may join them, and a
// doubled letter at the seam was collapsed by the analysis (kvitterings|skriveren → kviteringskriveren).

/** Locales whose words compound without spaces. */
export const COMPOUNDING = new Set(['nb', 'sv', 'da', 'de', 'nl']);
/** Shortest half that counts as a word: shorter ones are too often a stray syllable. */
const MIN_PART = 3;
const LINKS = ['s', 'e'];

export interface Lexicon {
	/** Is this (folded, doubles collapsed) word one of the articles' words? */
	has(word: string): boolean;
	/** Does any article word start with this? */
	starts(prefix: string): boolean;
	/** The word's index term (stemmed), '' for a stop word. */
	term(word: string): string;
}

/** The best split of an unknown word into two article words, as index terms; undefined when none fits. */
export function splitCompound(word: string, lexicon: Lexicon): [string, string] | undefined {
	const chars = [...word];
	let best: { parts: [string, string]; shorter: number } | undefined;
	for (let i = MIN_PART; i <= chars.length - MIN_PART + 1; i++) {
		const left = chars.slice(0, i).join('');
		const lefts = [left, ...LINKS.filter((l) => left.endsWith(l)).map(() => left.slice(0, -1))];
		// the seam's letter may belong to both halves (a collapsed double)
		for (const right of [chars.slice(i).join(''), chars.slice(i - 1).join('')]) {
			if ([...right].length < MIN_PART) continue;
			const rightTerm = lexicon.term(right);
			const rightKnown =
				lexicon.has(right) || ([...rightTerm].length >= 4 && lexicon.starts(rightTerm));
			if (!rightKnown || !rightTerm) continue;
			for (const l of lefts) {
				if ([...l].length < MIN_PART || !lexicon.has(l)) continue;
				const leftTerm = lexicon.term(l);
				if (!leftTerm) continue;
				const shorter = Math.min([...l].length, [...right].length);
				if (!best || shorter > best.shorter) best = { parts: [leftTerm, rightTerm], shorter };
			}
		}
	}
	return best?.parts;
}

/**
 * Words glued to the front of another without a space (issue 17): French elision typed without its apostrophe
 * (narrive, mappelle, quun) and the Arabic particles بـ كـ فـ لـ وـ (ببياناتي). Only before a vowel or h in
 * French, and only with three letters left in Arabic.
 */
const CLITICS: Record<string, RegExp> = {
	fr: /^(?:qu|[cdjlmnst])(?=[aeiouyh])/,
	ar: /^[وفبكل](?=\p{L}{3})/u
};

/** The word without a glued clitic, or undefined when it has none (see CLITICS). */
export function unglue(locale: string, word: string): string | undefined {
	const clitic = CLITICS[locale]?.exec(word)?.[0];
	return clitic && word.slice(clitic.length);
}
