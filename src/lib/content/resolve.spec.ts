import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/server/content/load';
import { ContentIndex, pick } from './resolve';

const index = new ContentIndex((await loadContent(path.resolve('tests/fixtures/content/valid'))).manifest);

describe('fallback selection', () => {
	it('gives the reader their own translation when it exists', () => {
		expect(index.article('invoice', 'nb')).toMatchObject({ fallback: false, meta: { locale: 'nb' } });
	});

	it('falls back to the source language otherwise', () => {
		expect(index.article('password', 'nb')).toMatchObject({ fallback: true, meta: { locale: 'en' } });
		expect(index.article('invoice', 'ar')).toMatchObject({ fallback: true, meta: { locale: 'en' } });
	});

	it('uses any translation when even the source language lacks one', () => {
		const only = new Map([['sv' as const, 'sv text']]);
		expect(pick(only, 'de')).toEqual({ meta: 'sv text', fallback: true });
		expect(pick(new Map(), 'de')).toBeUndefined();
	});

	it('knows nothing of unknown articles', () => {
		expect(index.article('nope', 'en')).toBeUndefined();
		expect(index.hasArticle('nope')).toBe(false);
	});
});

describe('link resolution', () => {
	it('builds localized URLs from category and article slugs', () => {
		expect(index.articlePath('invoice', 'nb')).toBe('/nb/fakturering/faktura');
		expect(index.articlePath('invoice', 'en')).toBe('/en/billing/invoice');
		expect(index.articlePath('invoice', 'en', 'pay-an-invoice')).toBe('/en/billing/invoice#pay-an-invoice');
	});

	it('gives untranslated articles a URL in every locale, under the localized category', () => {
		expect(index.articlePath('password', 'nb')).toBe('/nb/access/password');
		expect(index.categoryPath('billing', 'de')).toBe('/de/billing');
	});

	it('maps URLs back to ids, and nothing else', () => {
		expect(index.findArticle('nb', 'fakturering', 'faktura')).toBe('invoice');
		expect(index.findArticle('nb', 'billing', 'invoice')).toBeUndefined();
		expect(index.findCategory('nb', 'fakturering')).toBe('billing');
		expect(index.findCategory('en', 'fakturering')).toBeUndefined();
	});

	it('orders categories as editors set them', () => {
		expect(index.categoryIds()).toEqual(['access', 'billing']);
	});
});
