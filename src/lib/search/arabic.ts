// A light Arabic stemmer (after Larkey's light10, issue 17): customers write without hamza, harakat or taa
// marbuta, glue the article and prepositions to the noun (بالتذكرة, والطلبية) and add possessive endings
// (طلبيتي, بياناتي); stripping these meets the articles' words without Snowball's deeper cuts, which split a
// noun's own letters (بيانات → يانات). Normalization (alef variants, ة → ه, ى → ي, tatweel, harakat, digits) is
// fold() in analyzer.ts, applied first.

/** The article with the particles glued to it, longest first: each may go when two letters stay. */
const ARTICLES = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
/** Possessive and object pronouns (my, your, his, her, our, their): the noun stays. */
const PRONOUNS = ['كما', 'هما', 'كم', 'كن', 'هم', 'هن', 'نا', 'ها', 'ني', 'ك', 'ي', 'ه'];
/** Plural, dual and adjective endings, after Larkey's light10 (ة is folded to ه already). */
const ENDINGS = ['ات', 'ان', 'ون', 'ين', 'يه', 'ه', 'ي'];

const length = (word: string) => [...word].length;

function cut(word: string, ends: string[], keep: number): string | undefined {
	const end = ends.find((e) => word.endsWith(e) && length(word) - length(e) >= keep);
	return end === undefined ? undefined : word.slice(0, -end.length);
}

/** The stem of a folded Arabic word: no article, pronoun or plural ending, at least two letters. */
export function stemArabic(word: string): string {
	let w = word;
	const article = ARTICLES.find((a) => w.startsWith(a) && length(w) - length(a) >= 2);
	if (article) w = w.slice(article.length);
	// a noun that starts with ال of its own (إلكتروني) loses it too, so it meets its form with the article
	if (w.startsWith('ال') && length(w) >= 5) w = w.slice(2);
	else if (w.startsWith('و') && length(w) >= 5) w = w.slice(1);
	// a pronoun ending turns a final ة into ت (طلبية → طلبيتي): the ت goes with it
	const owned = length(w) >= 5 ? cut(w, PRONOUNS, 3) : undefined;
	if (owned !== undefined)
		w = owned.endsWith('ت') && !owned.endsWith('ات') ? owned.slice(0, -1) : owned;
	return cut(w, ENDINGS, 3) ?? w;
}

/**
 * Function words of spoken Arabic (Gulf, Levantine, Egyptian) that the standard stop-word list lacks: customers
 * write as they speak (ابي، وش، وين، عشان، مفيش), and these say nothing about which article they need. So do the
 * forms of "can", spoken and written (اقدر، تقدرون، أستطيع، يمكنني), as French drops peux and pouvez: "can I
 * message you on Instagram" is about Instagram, not about the one article whose keyword says "I can't log in".
 */
export const DIALECT_STOPWORDS = (
	'ابي ابغى ابغي ابا بدي عايز عاوز اريد ودي ممكن لازم وش ايش شو وين فين ازاي عشان علشان مفيش مافي مافيه ' +
	'شي شيء انا يعني بس مو مش اللي الي هاذا حق تبع الحين دحين يا لسه لسا كده طيب ' +
	'اقدر تقدر تقدرون نقدر يقدر اقدرش استطيع تستطيع نستطيع يستطيع يمكنني يمكنك يمكنكم يمكننا'
).split(' ');

/**
 * Prepositions and adverbs with a pronoun glued on are function words still (قبلي before me, عندكم with you,
 * غيري other than me, عليه, منها): the stop-word lists have only some of these forms. Written folded (علي for
 * على, الي for إلى), as the analyzer reads them.
 */
const PREPOSITIONS = 'قبل بعد عند غير لدي علي الي مع بين عن من في فوق تحت حول دون مثل'.split(' ');

/** The stop words, and each preposition with each pronoun ending. */
export function withPronouns(stopwords: string[]): string[] {
	return [...stopwords, ...PREPOSITIONS.flatMap((w) => PRONOUNS.map((p) => w + p))];
}
