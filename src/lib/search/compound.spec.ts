import { describe, expect, it } from 'vitest';
import { splitCompound, type Lexicon } from './compound';

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
