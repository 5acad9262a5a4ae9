// Language-aware term analysis, defined once and used at index and query time, in the build, the browser,
// the server and the evaluation CLI. See ../shared/SEARCH-NOTES.md for why each step is here.
import type { Locale } from '$lib/i18n/locales';

export interface Analyzer {
	locale: Locale;
	/** One word → its index term (lowercased, stemmed, folded, doubles collapsed), or '' for a stop word. */
	term(word: string): string;
	/** Every term of a text, in order. */
	terms(text: string): string[];
	/** A word as typed, for typo matching: case, diacritics, elision and doubled letters do not count. */
	surface(word: string): string;
	/** Is this index term a question word (see QUESTIONS)? */
	question(term: string): boolean;
}

export interface Word {
	text: string;
	start: number;
	end: number;
}

/** Words as readers see them: letters and digits of any script; apostrophes inside a word are dropped. */
export function words(text: string): Word[] {
	const out: Word[] = [];
	for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
		out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
	}
	return out;
}

const LATIN_SPECIAL: Record<string, string> = {
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	đ: 'd',
	ł: 'l',
	þ: 'th',
	ð: 'd'
};

/**
 * Diacritic folding that keeps meaning for matching: Latin letters lose their marks (ø→o, å→a, ä→a, ö→o, æ→ae),
 * Cyrillic folds only ё→е (й stays: it is a different letter, and folding it breaks Russian stems), Arabic
 * loses short-vowel marks and tatweel, alef variants become bare alef, and the letters customers write for
 * each other meet: ة→ه, ى→ي, ؤ→و, ئ→ي, Arabic-Indic digits → 0–9.
 */
export function fold(word: string): string {
	return word
		.replace(/[øæœßđłþðØÆŒĐŁÞÐ]/g, (ch) => {
			const lower = LATIN_SPECIAL[ch.toLowerCase()] ?? ch;
			return ch === ch.toLowerCase() ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''))
		.replace(/ё/g, 'е')
		.replace(/Ё/g, 'Е')
		.replace(/[\u064B-\u065F\u0670\u0640]/g, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/[ىئ]/g, 'ي')
		.replace(/ؤ/g, 'و')
		.replace(/ة/g, 'ه')
		.replace(/[٠-٩۰-۹]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** "passsword" and "pasword" meet "password": typists double and drop letters. */
export function collapseDoubles(term: string): string {
	return term.replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Question words, kept as terms although stop-word lists drop them: how, why, when and who say what a question
 * is after (issue 16: "why no phone" is not "phone", "how do I open a ticket" is not why tickets), and FAQ
 * titles start with them. Each language's words for one question are one term (`?why`), so a customer's
 * wieso meets a title's warum, and ليش meets لماذا, as the same word rather than as synonyms; scoring.ts counts
 * them only in titles and keywords, and a query of nothing else finds nothing.
 */
const QUESTIONS: Record<Locale, Partial<Record<'how' | 'why' | 'when' | 'who', string>>> = {
	en: { how: 'how', why: 'why', when: 'when', who: 'who' },
	nb: { how: 'hvordan', why: 'hvorfor', when: 'når', who: 'hvem' },
	sv: { how: 'hur', why: 'varför', when: 'när', who: 'vem' },
	ru: { how: 'как', why: 'почему зачем', when: 'когда', who: 'кто' },
	de: { how: 'wie', why: 'warum wieso weshalb wozu', when: 'wann', who: 'wer' },
	fr: { how: 'comment', why: 'pourquoi', when: 'quand' },
	nl: { how: 'hoe', why: 'waarom hoezo waarvoor', when: 'wanneer', who: 'wie' },
	ar: { how: 'كيف', why: 'لماذا ليش ليه', when: 'متى' }
};

/**
 * What a language does to a lowercased word before its stop words and stemmer see it (issue 17). French drops
 * elided articles and pronouns (l'adresse, qu'un, j’ai); German writes ä, ö, ü and ß as ae, oe, ue and ss
 * when the keyboard lacks them, and Snowball's German2 variant reads them back (gruesse meets grüße; ue after q
 * stays, as in Quelle); Arabic is folded first (see fold), since the light stemmer reads bare letters.
 */
export const PREPARE: Partial<Record<Locale, (word: string) => string>> = {
	fr: (w) => fold(w.replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u, '')),
	de: (w) =>
		w
			.replace(/ß/g, 'ss')
			.replace(/(?<!q)ue/g, 'ü')
			.replace(/ae/g, 'ä')
			.replace(/oe/g, 'ö'),
	ar: fold
};

/**
 * Words customers add to a question that Snowball's lists lack (pronouns, modal verbs, politeness): they say
 * nothing about which article is meant. Arabic's spoken function words are in arabic.ts.
 */
const MORE_STOPWORDS: Partial<Record<Locale, string>> = {
	en: 'a please hi hello thanks',
	nb: 'hei takk',
	sv: 'hej tack',
	ru: 'пожалуйста привет спасибо',
	fr: 'svp stp quoi comment peux pouvez peut veux voudrais voudrait cest jai quil plus tres bonjour merci',
	de: 'bitte mal gerne hallo danke eigentlich halt habt seid könnt',
	nl: 'jullie jij jou jouw graag even gewoon waar we wij onze aub svp hallo bedankt alsjeblieft'
};

export function createAnalyzer(
	locale: Locale,
	stem: (word: string) => string,
	stopwords: Iterable<string>
): Analyzer {
	const prepare = PREPARE[locale] ?? ((w: string) => w);
	const prepared = (word: string) => prepare(word.normalize('NFC').toLowerCase());
	const questions = new Map<string, string>();
	for (const [kind, list] of Object.entries(QUESTIONS[locale]))
		for (const w of list.split(' '))
			for (const form of [w, fold(w), prepare(w), fold(prepare(w))])
				questions.set(form, `?${kind}`);
	const stop = new Set<string>();
	for (const w of [...stopwords, ...(MORE_STOPWORDS[locale]?.split(' ') ?? [])]) {
		if (questions.has(w)) continue;
		stop.add(w);
		stop.add(fold(w));
		stop.add(prepare(w));
	}
	const cache = new Map<string, string>();
	const term = (word: string): string => {
		// ё→е before stemming: Snowball's Russian rules are written for е
		const lower = prepared(word).replace(/['’]/g, '').replace(/ё/g, 'е');
		let result = cache.get(lower);
		if (result === undefined) {
			const question = questions.get(lower) ?? questions.get(fold(lower));
			if (question) result = question;
			else if (stop.has(lower) || stop.has(fold(lower))) result = '';
			else if (/^\p{N}+$/u.test(lower)) result = fold(lower);
			else result = collapseDoubles(fold(stem(lower)));
			if (cache.size > 20_000) cache.clear();
			cache.set(lower, result);
		}
		return result;
	};
	return {
		locale,
		term,
		question: (t) => t.startsWith('?'),
		terms: (text) =>
			words(text)
				.map((w) => term(w.text))
				.filter(Boolean),
		surface: (word) => collapseDoubles(fold(prepared(word)))
	};
}

type StemmerModule = { stemmer: (word: string) => string };
type StopwordsModule = { stopwords: string[] };

// One dynamic import per language, so the browser fetches only the reader's stemmer (1–2 KB gzip).
const LANGUAGES: Record<Locale, () => Promise<[StemmerModule, StopwordsModule]>> = {
	en: () => Promise.all([import('@orama/stemmers/english'), import('@orama/stopwords/english')]),
	nb: () =>
		Promise.all([import('@orama/stemmers/norwegian'), import('@orama/stopwords/norwegian')]),
	sv: () => Promise.all([import('@orama/stemmers/swedish'), import('@orama/stopwords/swedish')]),
	ru: () => Promise.all([import('@orama/stemmers/russian'), import('@orama/stopwords/russian')]),
	de: () => Promise.all([import('@orama/stemmers/german'), import('@orama/stopwords/german')]),
	fr: () => Promise.all([import('@orama/stemmers/french'), import('@orama/stopwords/french')]),
	nl: () => Promise.all([import('@orama/stemmers/dutch'), import('@orama/stopwords/dutch')]),
	ar: () =>
		Promise.all([
			import('./arabic').then((m) => ({ stemmer: m.stemArabic })),
			Promise.all([import('./arabic'), import('@orama/stopwords/arabic')]).then(([m, w]) => ({
				stopwords: m.withPronouns([...w.stopwords, ...m.DIALECT_STOPWORDS])
			}))
		])
};

const loaded = new Map<Locale, Promise<Analyzer>>();

export function loadAnalyzer(locale: Locale): Promise<Analyzer> {
	let analyzer = loaded.get(locale);
	if (!analyzer) {
		analyzer = LANGUAGES[locale]().then(([s, w]) => createAnalyzer(locale, s.stemmer, w.stopwords));
		loaded.set(locale, analyzer);
	}
	return analyzer;
}
