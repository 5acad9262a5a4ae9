// A fallback page (an article the reader's language has no translation of, shown in another language with a
// notice in the reader's) is not prerendered in every locale: the server renders it on the first request and
// keeps it. The reader sees the same page as a prerendered one.
import fs from 'node:fs';
import path from 'node:path';
import ar from '../../locales/ar/index.ts';
import fr from '../../locales/fr/index.ts';
import { expect, test } from './support/test.ts';
import { content } from './support/content.ts';

const id = 'wrong-item';
const readers = [
	{ locale: 'ar', dir: 'rtl', notice: ar.article!.fallbackNotice! },
	{ locale: 'fr', dir: 'ltr', notice: fr.article!.fallbackNotice! }
] as const;

for (const reader of readers) {
	test(`a fallback article in ${reader.locale} shows the notice in the reader’s language, in its own direction`, async ({
		page
	}) => {
		const resolved = content.article(id, reader.locale)!;
		expect(resolved.fallback).toBe(true);
		const response = await page.goto(content.articlePath(id, reader.locale));
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', reader.locale);
		await expect(page.locator('html')).toHaveAttribute('dir', reader.dir);
		const language = new Intl.DisplayNames([reader.locale], { type: 'language' }).of('en')!;
		const notice = page.locator('.notice');
		await expect(notice).toHaveText(
			new RegExp(`^${reader.notice.replace('{language}', language)}`)
		);
		await expect(notice).toHaveAttribute('lang', reader.locale);
		await expect(notice).toHaveCSS('direction', reader.dir);
		// the article itself is in English, left to right, its links in the reader's locale
		const article = page.locator('article');
		await expect(article).toHaveAttribute('lang', 'en');
		await expect(article.locator('h1')).toHaveCSS('direction', 'ltr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(resolved.meta.title);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			new RegExp(`${content.articlePath(id, 'en')}$`)
		);
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
		expect(alternates).toEqual([...content.translations(id).map((t) => t.locale), 'x-default']);
		// the islands run as on a prerendered page: the header search answers
		const box = page.locator('input[data-search-input]').first();
		await box.focus();
		await box.fill('return');
		await expect(page.getByRole('option').first()).toBeVisible();
	});
}

test('a fallback page is rendered once on request, not written at build time, and validated like a file', async ({
	request
}) => {
	const where = content.articlePath(id, 'ar');
	expect(fs.existsSync(path.join('build/prerendered', `${where}.html`))).toBe(false);
	expect(
		fs.existsSync(path.join('build/prerendered', `${content.articlePath(id, 'nb')}.html`))
	).toBe(true);
	const first = await request.get(where);
	const again = await request.get(where);
	expect(await again.text()).toBe(await first.text());
	const etag = again.headers()['etag']!;
	expect(etag).toBeTruthy();
	const unchanged = await request.get(where, { headers: { 'if-none-match': etag } });
	expect(unchanged.status()).toBe(304);
});
