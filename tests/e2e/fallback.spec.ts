// A fallback page (an article the reader's language has no translation of, shown in another language with a
// notice in the reader's) is not prerendered in every locale: the server renders it on the first request and
// keeps it. The reader sees the same page as a prerendered one, with the notice in their language.
import fs from 'node:fs';
import path from 'node:path';
import ar from '../../locales/ar/index.ts';
import fr from '../../locales/fr/index.ts';
import { expect, test } from './support/test.ts';
import { GAP_BASE_URL, GAP_DIR, gapContent } from './support/gaps.ts';

// on the copy without some translations (support/gaps.ts): the sample has every article in every language
const content = await gapContent();
test.use({ baseURL: GAP_BASE_URL, extraHTTPHeaders: { origin: GAP_BASE_URL } });

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
	const prerendered = path.join(GAP_DIR, 'build/prerendered');
	expect(fs.existsSync(path.join(prerendered, `${where}.html`))).toBe(false);
	expect(fs.existsSync(path.join(prerendered, `${content.articlePath(id, 'nb')}.html`))).toBe(true);
	const first = await request.get(where);
	const again = await request.get(where);
	expect(await again.text()).toBe(await first.text());
	const etag = again.headers()['etag']!;
	expect(etag).toBeTruthy();
	const unchanged = await request.get(where, { headers: { 'if-none-match': etag } });
	expect(unchanged.status()).toBe(304);
});

test('an article missing in German shows the English text with a notice, not a 404', async ({
	page
}) => {
	expect(content.article('warranty', 'de')?.fallback).toBe(true);
	const response = await page.goto(content.articlePath('warranty', 'de'));
	expect(response?.status()).toBe(200);
	const notice = page.locator('.notice');
	await expect(notice).toContainText('Diesen Artikel gibt es noch nicht auf Deutsch');
	await expect(notice.getByRole('link', { name: 'English' })).toHaveAttribute(
		'href',
		content.articlePath('warranty', 'en')
	);
	await expect(page.locator('article')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		content.article('warranty', 'en')!.meta.title
	);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/\/en\/returns-complaints\/warranty$/
	);
});

test('links written as article ids resolve to the reader’s language, or to the fallback page in it', async ({
	page
}) => {
	await page.goto(content.articlePath('open-ticket', 'ar'));
	const hrefs = await page
		.locator('.prose a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href).toMatch(/^\/ar\//);
	await page.goto(hrefs[0]!);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('an English article on the Arabic site: English titles read left to right, Arabic text right to left', async ({
	page
}) => {
	expect(content.article('return-item', 'ar')?.fallback).toBe(true);
	await page.goto(content.articlePath('return-item', 'ar'));
	const title = content.article('return-item', 'en')!.meta.title;
	const crumb = page
		.getByRole('navigation', { name: 'مسار التنقل' })
		.getByRole('link', { name: title });
	await expect(crumb).toHaveAttribute('lang', 'en');
	await expect(crumb).toHaveCSS('direction', 'ltr');
	// the Arabic crumbs and the page's own words stay right to left
	await expect(page.locator('.breadcrumbs li').first().locator('a')).toHaveCSS('direction', 'rtl');
	await expect(page.locator('.notice')).toHaveCSS('direction', 'rtl');
	await expect(page.locator('nav.toc')).toHaveCSS('direction', 'rtl');
	await expect(page.locator('nav.toc a').first()).toHaveCSS('direction', 'ltr');
	await expect(page.locator('article > p.muted')).toHaveCSS('direction', 'rtl');
	// related articles in Arabic and in English, each in its own direction
	const related = page.locator('section[aria-labelledby="related-title"]');
	const english = related.locator('li', { has: page.locator('a[lang="en"]') }).first();
	await expect(english.locator('a')).toHaveCSS('direction', 'ltr');
	await expect(english.locator('.lang-tag')).toHaveCSS('direction', 'rtl');
	await expect(related.locator('a:not([lang])').first()).toHaveCSS('direction', 'rtl');
});

test('in a notice on an English page, the Arabic language link reads right to left', async ({
	page
}) => {
	expect(content.article('open-ticket', 'fr')?.fallback).toBe(true);
	await page.goto(content.articlePath('open-ticket', 'fr'));
	const arabic = page.locator('.notice a[hreflang="ar"]');
	await expect(arabic).toHaveAttribute('lang', 'ar');
	await expect(arabic).toHaveCSS('direction', 'rtl');
});

test('another language’s slugs move to the fallback page where the locale has no translation', async ({
	request
}) => {
	expect(content.article('return-item', 'ar')?.fallback).toBe(true);
	const [nbCategory, nbArticle] = content.articlePath('return-item', 'nb').split('/').slice(2);
	const response = await request.get(`/ar/${nbCategory}/${nbArticle}`, { maxRedirects: 0 });
	expect(response.status()).toBe(308);
	expect(response.headers().location).toBe(content.articlePath('return-item', 'ar'));
	expect((await request.get(content.articlePath('return-item', 'ar'))).status()).toBe(200);
});

test('the sitemap leaves fallback pages out: their canonical is the original', async ({
	request
}) => {
	const xml = await (await request.get('/sitemap.xml')).text();
	expect(xml).toContain(`<loc>${GAP_BASE_URL}${content.articlePath('warranty', 'en')}</loc>`);
	expect(xml).not.toContain(`<loc>${GAP_BASE_URL}${content.articlePath('warranty', 'de')}</loc>`);
});

test('an Arabic reader gets the English answer where Arabic has none, labelled and left to right', async ({
	page
}) => {
	expect(content.article('return-item', 'ar')?.fallback).toBe(true);
	await page.goto('/ar');
	await page.locator('input[data-search-input]').first().focus();
	await page.keyboard.type('return');
	const result = page.getByRole('option').filter({
		has: page.locator(`a[href="${content.articlePath('return-item', 'ar')}"]`)
	});
	await expect(result).toContainText('الإنجليزية');
	for (const part of ['.search-title', '.search-snippet']) {
		await expect(result.locator(part)).toHaveAttribute('lang', 'en');
		await expect(result.locator(part)).toHaveCSS('direction', 'ltr');
	}
	// the popup itself stays Arabic, right to left
	await expect(page.locator('.search-popup')).toHaveCSS('direction', 'rtl');
});
