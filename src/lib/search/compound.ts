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
 * Customers' words with what the articles' words lack glued on (issue 17): French elision typed without its
 * apostrophe (narrive, mappelle) before a vowel or h, the Dutch and German past participle's ge- and -d/-t/-en
 * (gestuurd → stuur, geschickt → schick), and in Arabic the particles and the person markers of
 * verbs (ينرفع، تردون، يكلمني: up to two letters at each end) around a word the articles have, alone or with
 * the article ال. Only for words the articles do not have as typed.
 */
export const AFFIXES: Record<string, { front: RegExp; back?: RegExp }> = {
	fr: { front: /^(?:qu|[cdjlmnst])(?=[aeiouyh])/ },
	// past participles, which Snowball's Dutch and German stemmers leave whole: gestuurd, geschickt, gekommen
	nl: { front: /^ge/, back: /[dt]$/ },
	de: { front: /^ge/, back: /(?:et|t|en)$/ },
	ar: { front: /^[وفبكلسيتنا]{0,2}/u, back: /[وانيهكمت]{0,2}$/u }
};

/** The article words an unknown word may be with its affixes cut (see AFFIXES), fewest letters cut first. */
export function unglue(locale: string, word: string, lexicon: Omit<Lexicon, 'term'>): string[] {
	const affixes = AFFIXES[locale];
	if (!affixes) return [];
	const chars = [...word];
	const front = [...(affixes.front.exec(word)?.[0] ?? '')].length;
	const back = affixes.back ? [...(affixes.back.exec(word)?.[0] ?? '')].length : 0;
	const found: { word: string; cut: number }[] = [];
	for (let i = 0; i <= front; i++)
		for (let j = 0; j <= back; j++) {
			const rest = chars.slice(i, chars.length - j).join('');
			if (i + j === 0 || [...rest].length < 2) continue;
			if (locale === 'ar') {
				if (lexicon.has(rest) && [...rest].length >= 3) found.push({ word: rest, cut: i + j });
				else if (lexicon.has(`ال${rest}`)) found.push({ word: `ال${rest}`, cut: i + j });
			} else if (lexicon.has(rest) || lexicon.starts(rest)) found.push({ word: rest, cut: i + j });
		}
	return found.sort((a, b) => a.cut - b.cut).map((f) => f.word);
}
