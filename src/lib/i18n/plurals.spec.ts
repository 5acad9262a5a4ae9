import { describe, expect, it } from 'vitest';
import { translator } from '$lib/server/i18n';

const count = (locale: Parameters<typeof translator>[0], n: number) =>
	translator(locale).home.articleCount({ count: n });

describe('plural forms', () => {
	it.each([
		[1, '1 статья'],
		[2, '2 статьи'],
		[4, '4 статьи'],
		[5, '5 статей'],
		[11, '11 статей'],
		[21, '21 статья'],
		[22, '22 статьи']
	])('Russian %i → %s', (n, text) => {
		expect(count('ru', n)).toBe(text);
	});

	it.each([
		['en', '1 article', '5 articles'],
		['nb', '1 artikkel', '5 artikler'],
		['sv', '1 artikel', '5 artiklar'],
		['de', '1 Artikel', '5 Artikel']
	] as const)('%s: %s / %s', (locale, one, five) => {
		expect(count(locale, 1)).toBe(one);
		expect(count(locale, 5)).toBe(five);
	});

	it('uses Arabic’s distinct forms for 1, 2, 3 and 11', () => {
		const forms = [1, 2, 3, 11].map((n) => count('ar', n));
		expect(new Set(forms).size).toBe(4);
		for (const form of forms) expect(form.trim()).not.toBe('');
	});
});
