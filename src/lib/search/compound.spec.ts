import { describe, expect, it } from 'vitest';
import { splitCompound, unglue, type Lexicon } from './compound';

/** A lexicon of these article words, stemmed by cutting a few known endings. */
function lexicon(words: string[]): Lexicon {
	const vocabulary = [...words].sort();
	const term = (w: string) => w.replace(/(eren|en|er|et)$/, '');
	return {
		has: (w) => vocabulary.includes(w),
		starts: (p) => vocabulary.some((w) => w.startsWith(p)),
		term
	};
}

describe('splitCompound', () => {
	it('splits a customer’s compound into two words the articles use, across a linking s and a collapsed double', () => {
		// kvitterings|skriveren, analysed as kviteringskriveren: the seam's s belongs to both halves
		expect(splitCompound('kviteringskriveren', lexicon(['kvitering', 'skriver']))).toEqual([
			'kvitering',
			'skriv'
		]);
		expect(splitCompound('mejladres', lexicon(['mejl', 'adres']))).toEqual(['mejl', 'adres']);
	});

	it('leaves a word alone when either half is no article word', () => {
		expect(splitCompound('fraktpriser', lexicon(['frakt']))).toBeUndefined();
		expect(splitCompound('lagerstyring', lexicon(['styring']))).toBeUndefined();
	});
});

describe('unglue', () => {
	it('finds the French word behind an elision typed without its apostrophe', () => {
		const lex = lexicon(['arrivez', 'appelle', 'narval']);
		expect(unglue('fr', 'narrive', lex)).toEqual(['arrive']);
		expect(unglue('fr', 'mappelle', lex)).toEqual(['appelle']);
		// only before a vowel: "ntest" is no elision
		expect(unglue('fr', 'ntest', lexicon(['test']))).toEqual([]);
	});

	it('finds the Arabic article word inside a verb or a word with particles glued on', () => {
		const lex = lexicon(['رفع', 'الرد', 'البيانات']);
		expect(unglue('ar', 'ينرفع', lex)).toContain('رفع');
		expect(unglue('ar', 'تردون', lex)).toContain('الرد');
		expect(unglue('ar', 'فالبيانات', lex)).toEqual(['البيانات']);
	});

	it('finds the Dutch and German verb behind a past participle', () => {
		expect(unglue('nl', 'gestuurd', lexicon(['sturen', 'stuur']))).toContain('stuur');
		expect(unglue('de', 'geschickt', lexicon(['schicken']))).toContain('schick');
		expect(unglue('de', 'gekommen', lexicon(['kommen']))).toContain('komm');
	});

	it('leaves other languages alone', () => {
		expect(unglue('nb', 'narrive', lexicon(['arrive']))).toEqual([]);
	});
});
