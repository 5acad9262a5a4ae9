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
