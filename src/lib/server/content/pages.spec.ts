import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentIndex } from '$lib/content/resolve';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { content } from './index';
import { loadContent } from './load';
import {
	articleLink,
	categoryCrumbs,
	categoryEntries,
	ContentError,
	localizedPath,
	relatedArticles
} from './pages';

const brokenContent = await loadContent(path.resolve('tests/fixtures/content/broken'));
const validContent = await loadContent(path.resolve('tests/fixtures/content/valid'));

// The dev preview renders content that content:check would refuse: a broken link must come out as the same
// file:line message, not as a TypeError behind a generic error page.
describe('an article with a broken article: link', () => {
	const broken = new ContentIndex(brokenContent.manifest);
	const links = broken.article('links', 'en')!.meta;

	it('names the file and line of the link, as content:check does', () => {
		expect(() => relatedArticles(links, 'en', broken)).toThrow(ContentError);
		expect(() => relatedArticles(links, 'en', broken)).toThrow(
			'content/en/billing/links.md:10: link to missing article "does-not-exist"'
		);
	});

	it('names the linking file when a link to a missing article is looked up directly', () => {
		expect(() => articleLink('does-not-exist', 'nb', links, broken)).toThrow(
			'content/en/billing/links.md:10: link to missing article "does-not-exist"'
		);
	});

	it('still lists related articles when every link resolves', () => {
		const twin = broken.article('twin', 'en')!.meta;
		expect(relatedArticles(twin, 'nb', broken).map((a) => a.id)).toContain('links');
	});
});

describe('localizedPath', () => {
	// valid fixtures: billing is "fakturering" in nb; invoice is "faktura" in nb; password exists only in en
	const valid = new ContentIndex(validContent.manifest);

	it.each([
		[['billing'], '/nb/fakturering'],
		[['fakturering', 'invoice'], '/nb/fakturering/faktura'],
		[['billing', 'invoice'], '/nb/fakturering/faktura'],
		[['billing', 'faktura'], '/nb/fakturering/faktura'],
		[['invoice'], '/nb/fakturering/faktura'],
		[['billing', 'password'], '/nb/access/password']
	])('sends nb %j to %s', (segments, target) => {
		expect(localizedPath('nb', segments, valid)).toBe(target);
	});

	it('sends an nb slug to the English page, and names nothing for unknown or own paths', () => {
		expect(localizedPath('en', ['fakturering', 'faktura'], valid)).toBe('/en/billing/invoice');
		expect(localizedPath('nb', ['fakturering', 'faktura'], valid)).toBeUndefined();
		expect(localizedPath('nb', ['fakturering', 'nothing'], valid)).toBeUndefined();
		expect(localizedPath('nb', ['a', 'b', 'c'], valid)).toBeUndefined();
	});
});

describe('the pages the build prerenders', () => {
	it('are every category in every UI locale and every article in each language it is written in', () => {
		const categories = categoryEntries();
		const articles = content.ownArticlePaths();
		expect(categories).toHaveLength(content.categoryIds().length * LOCALES.length);
		expect(new Set(articles).size).toBe(content.manifest.articles.length);
		for (const c of categories) expect(content.findCategory(c.lang, c.category)).toBeTruthy();
		for (const path of articles) {
			const [, lang, category = '', article = ''] = path.split('/') as [string, Locale];
			const id = content.findArticle(lang, category, article)!;
			expect(content.article(id, lang)?.fallback).toBe(false);
		}
	});

	it('start their breadcrumbs at home, then the category in the reader\'s locale', () => {
		const [id = ''] = content.categoryIds();
		const [home, category] = categoryCrumbs('nb', id, 'Svar');
		expect(home).toEqual({ title: 'Svar', href: '/nb' });
		expect(category?.href).toBe(content.categoryPath(id, 'nb'));
		expect(category?.title).toBe(content.category(id, 'nb')!.meta.title);
	});
});
