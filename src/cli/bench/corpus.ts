// A generated corpus for build and search benchmarks: N articles per locale in 10 categories, in the content/
// layout editors use. Text is drawn from thousands of distinct words per language (vocabulary.ts) by Zipf's law,
// so the index has the size and the term spread of real articles; lengths are those of FAQ articles (150–400
// words in sections with lists, a link to another article). Seeded: the same call writes the same files.
import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from './vocabulary.ts';

type CorpusLocale = keyof typeof LANGUAGES;
const CORPUS_LOCALES = Object.keys(LANGUAGES) as CorpusLocale[];

/** Park–Miller: small, seeded, good enough to draw words. */
function rng(seed: number) {
	let state = seed % 2147483647 || 1;
	return () => {
		state = (state * 48271) % 2147483647;
		return (state - 1) / 2147483646;
	};
}

function shuffled<T>(list: T[], random: () => number): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const RARE_WORDS = 2500;
const COMPOUNDS = 1500;

/**
 * The locale's words, most frequent first: function words, then inflected stems and (nb, sv) compounds mixed,
 * then rare made-up words. Bare stems and the first endings rank before the rarer endings.
 */
function vocabulary(language: Language, random: () => number): string[] {
	const stems = language.stems.split(' ');
	const inflected = language.endings.map((ending) => stems.map((stem) => stem + ending));
	const compounds: string[] = [];
	if (language.link !== undefined) {
		for (let i = 0; compounds.length < COMPOUNDS && i < COMPOUNDS * 4; i++) {
			const a = stems[Math.floor(random() * stems.length)]!;
			const b = stems[Math.floor(random() * stems.length)]!;
			const ending = language.endings[Math.floor(random() * 4)]!;
			if (a !== b) compounds.push(a + (random() < 0.4 ? language.link : '') + b + ending);
		}
	}
	const syllables = language.syllables.split(' ');
	const rare = Array.from({ length: RARE_WORDS }, () => {
		const count = 2 + Math.floor(random() * 3);
		return Array.from(
			{ length: count },
			() => syllables[Math.floor(random() * syllables.length)]
		).join('');
	});
	const middle = [
		...inflected[0]!,
		...shuffled([...inflected.slice(1, 3).flat(), ...compounds.slice(0, COMPOUNDS / 3)], random),
		...shuffled([...inflected.slice(3).flat(), ...compounds.slice(COMPOUNDS / 3)], random)
	];
	return [...new Set([...language.common.split(' '), ...middle, ...rare])];
}

/** Draws words by rank r with probability ∝ 1 / (r + 2.7)^1.07, the shape of word counts in real text. */
function zipf(words: string[], random: () => number, skip = 0) {
	const cumulative: number[] = [];
	let total = 0;
	for (let r = skip; r < words.length; r++) {
		total += 1 / Math.pow(r - skip + 2.7, 1.07);
		cumulative.push(total);
	}
	return (): string => {
		const target = random() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! < target) lo = mid + 1;
			else hi = mid;
		}
		return words[lo + skip]!;
	};
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function writer(locale: CorpusLocale, seed: number) {
	const language = LANGUAGES[locale];
	const random = rng(seed);
	const words = vocabulary(language, random);
	const any = zipf(words, random);
	// titles, headings and keywords name things: drawn past the function words
	const content = zipf(words, random, language.common.split(' ').length);
	const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
	const phrase = (n: number, draw = any) => Array.from({ length: n }, draw).join(' ');
	const sentence = () => capitalized(phrase(between(6, 16))) + '.';
	const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');
	return { random, between, phrase, content, paragraph, language };
}

/** `perLocale` articles in each of en, nb, sv and ru under dir/content (replacing what was there). */
export function writeCorpus(dir: string, perLocale: number, locales = CORPUS_LOCALES): void {
	fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
	const categories = Array.from({ length: 10 }, (_, i) => `topic-${i + 1}`);
	for (const locale of locales) {
		const w = writer(locale, 7919 * (CORPUS_LOCALES.indexOf(locale) + 1));
		categories.forEach((category, i) => {
			const folder = path.join(dir, 'content', locale, category);
			fs.mkdirSync(folder, { recursive: true });
			fs.writeFileSync(
				path.join(folder, 'index.md'),
				`---\ntitle: ${capitalized(w.phrase(2, w.content))}\ndescription: ${capitalized(w.phrase(8))}\norder: ${i + 1}\n---\n`
			);
		});
		for (let n = 0; n < perLocale; n++) {
			const id = `article-${n + 1}`;
			const category = categories[n % categories.length]!;
			const opener = w.language.openers[n % w.language.openers.length]!;
			const title = `${opener} ${w.phrase(w.between(2, 4), w.content)}`;
			// 150–400 words: an intro, then sections of prose and a short list until the length is reached
			const length = w.between(150, 400);
			const intro = w.paragraph(w.between(1, 3));
			const parts: string[] = [];
			let count = intro.split(' ').length + 2;
			while (count < length - 30) {
				const items = Array.from(
					{ length: w.between(2, 4) },
					() => `- ${capitalized(w.phrase(w.between(3, 7)))}`
				).join('\n');
				const section = `## ${capitalized(w.phrase(w.between(2, 4), w.content))} ${parts.length + 1}\n\n${w.paragraph(w.between(2, 5))}\n\n${items}`;
				parts.push(section);
				count += section.split(/\s+/).filter((t) => /\p{L}/u.test(t)).length;
			}
			const sections = parts.join('\n\n');
			const link = `article-${((n + 7) % perLocale) + 1}`;
			const body = `${intro} [${w.phrase(2, w.content)}](article:${link}).\n\n${sections}\n`;
			const keywords = [w.phrase(1, w.content), w.phrase(2, w.content)];
			fs.writeFileSync(
				path.join(dir, 'content', locale, category, `${id}.md`),
				`---\ntitle: ${capitalized(title)}\ndescription: ${capitalized(w.phrase(w.between(8, 16)))}\nkeywords:\n${keywords.map((k) => `  - ${k}`).join('\n')}\nupdated: 2026-10-${String((n % 28) + 1).padStart(2, '0')}\n---\n${body}`
			);
		}
	}
}
