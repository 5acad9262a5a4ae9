import { expect, test } from './support/test.ts';
import { content } from './support/content.ts';

test('the home page shows topics with correct Russian plurals and the most helpful articles', async ({
	page
}) => {
	await page.goto('/ru');
	const cards = page.locator('.card');
	await expect(cards).toHaveCount(content.categoryIds().length);
	const counts = await page.locator('.card .muted').allTextContents();
	const expected = content.categoryIds().map((id) => content.articleIds(id).length);
	const ru = (n: number) =>
		n % 10 === 1 && n % 100 !== 11
			? 'статья'
			: [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100)
				? 'статьи'
				: 'статей';
	expect(counts.map((t) => t.trim())).toEqual(expected.map((n) => `${n} ${ru(n)}`));
	await expect(page.locator('section[aria-labelledby="helpful-title"] li')).toHaveCount(6);
	await expect(page.getByRole('search')).toBeVisible();
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

test('an article page has breadcrumbs, a table of contents, a date in the reader’s format and the contact entry', async ({
	page
}) => {
	const meta = content.article('why-tickets', 'nb')!.meta;
	await page.goto(content.articlePath('why-tickets', 'nb'));
	await expect(
		page.getByRole('navigation', { name: 'Brødsmulesti' }).getByRole('link')
	).toHaveCount(3);
	const toc = page.locator('nav.toc');
	await expect(toc.getByRole('link')).toHaveCount(meta.headings.length);
	await toc.getByRole('link').first().click();
	await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(meta.headings[0]!.id)}$`));
	await expect(page.getByText('Oppdatert 12. oktober 2026')).toBeVisible();
	const contact = page.locator('.contact-cta').getByRole('link');
	await expect(contact).toHaveAttribute('href', '/nb/contact?article=why-tickets');
	await expect(page.locator('.prose img')).toHaveAttribute('alt', /.+/);
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

test('callouts carry a label in the reader’s language', async ({ page }) => {
	const meta = content.manifest.articles.find((a) => a.locale === 'ru' && a.id === 'open-ticket')!;
	await page.goto(content.articlePath(meta.id, 'ru'));
	await expect(page.locator('aside.callout .callout-title').first()).toHaveText('Совет');
});

test('the article page loads no framework JavaScript, and none that grows with the article', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	await page.goto(content.articlePath('why-tickets', 'en'));
	await page.waitForLoadState('networkidle');
	expect(scripts.every((s) => s.startsWith('/islands/enhance-'))).toBe(true);
	expect(scripts).toHaveLength(1);
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
