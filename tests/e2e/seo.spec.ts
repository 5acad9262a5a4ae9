import { expect, test } from './support/test.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { content } from './support/content.ts';

test('hreflang alternates on an article list every translation and x-default', async ({ page }) => {
	for (const id of ['return-item', 'open-ticket']) {
		await page.goto(content.articlePath(id, 'nb'));
		const alternates = await page
			.locator('link[rel="alternate"]')
			.evaluateAll((links) =>
				links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])
			);
		const expected = content
			.translations(id)
			.map((t) => [t.locale, content.articlePath(id, t.locale)]);
		expect(alternates).toEqual([...expected, ['x-default', content.articlePath(id, 'en')]]);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/nb\//);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			content.article(id, 'nb')!.meta.description
		);
		await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'nb_NO');
		const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(ld.map((t) => JSON.parse(t)['@type'])).toEqual(['Article', 'BreadcrumbList']);
	}
});

test('the sitemap lists every translation with its alternates', async ({ request, baseURL }) => {
	const xml = await (await request.get('/sitemap.xml')).text();
	const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
	for (const id of content.articleIds()) {
		for (const t of content.translations(id))
			expect(locs, `${t.locale}/${id}`).toContain(baseURL + content.articlePath(id, t.locale));
	}
	for (const l of LOCALES) expect(locs).toContain(`${baseURL}/${l}`);
	const ruEntry = xml
		.split('\n')
		.find((line) => line.includes(`<loc>${baseURL}${content.articlePath('privacy', 'ru')}</loc>`))!;
	expect(ruEntry.match(/hreflang=/g)).toHaveLength(content.translations('privacy').length + 1);
});

test('robots.txt points to the sitemap', async ({ request, baseURL }) => {
	const text = await (await request.get('/robots.txt')).text();
	expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
	expect(text).toContain('Disallow: /api/');
});
