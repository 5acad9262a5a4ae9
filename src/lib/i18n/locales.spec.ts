import { describe, expect, it } from 'vitest';
import { localeFromPath, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
	it.each([
		['nb-NO,nb;q=0.9,en;q=0.5', undefined, 'nb'],
		['no', undefined, 'nb'],
		['nn-NO', undefined, 'nb'],
		['sv-SE', undefined, 'sv'],
		['ru-RU,ru;q=0.9', undefined, 'ru'],
		['fi-FI,fi;q=0.9,sv;q=0.8,en;q=0.7', undefined, 'sv'],
		['en;q=0.3,de;q=0.8', undefined, 'de'],
		['ar-EG', undefined, 'ar'],
		['zh-CN,ja;q=0.9', undefined, 'en'],
		['*', undefined, 'en'],
		['', undefined, 'en'],
		[null, undefined, 'en'],
		['de;q=0,fr', undefined, 'fr'],
		['garbage;;q=x,,', undefined, 'en'],
		['ru', 'sv', 'sv'],
		['ru', 'xx', 'ru']
	] as const)('%j with choice %j gives %s', (header, cookie, expected) => {
		expect(negotiateLocale(header, cookie)).toBe(expected);
	});
});

describe('localeFromPath', () => {
	it('reads only a known first segment', () => {
		expect(localeFromPath('/ru/orders')).toBe('ru');
		expect(localeFromPath('/ar')).toBe('ar');
		expect(localeFromPath('/xx/nothing')).toBeUndefined();
		expect(localeFromPath('/sitemap.xml')).toBeUndefined();
	});
});
