import { allowConsoleErrors, expect, test } from './support/test.ts';
import nb from '../../locales/nb/index.ts';
import { content } from './support/content.ts';

test.describe('language negotiation', () => {
	test.use({ locale: 'nb-NO' });

	test('a Norwegian browser lands on /nb', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/nb$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.home.title);
	});

	test('an explicit choice in the switcher beats Accept-Language, and lands on the same article', async ({
		page
	}) => {
		const en = content.articlePath('why-tickets', 'en');
		await page.goto(en);
		await page.locator('.language-switcher summary').click();
		await page.getByRole('link', { name: 'Русский' }).click();
		await expect(page).toHaveURL(content.articlePath('why-tickets', 'ru'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			content.article('why-tickets', 'ru')!.meta.title
		);
		await page.goto('/');
		await expect(page).toHaveURL(/\/ru$/);
	});
});

test('the language switcher is usable with the keyboard alone', async ({ page }) => {
	await page.goto(content.articlePath('warranty', 'en'));
	await page.locator('.language-switcher summary').focus();
	await page.keyboard.press('Enter');
	const svenska = page.getByRole('link', { name: 'Svenska' });
	await svenska.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(content.articlePath('warranty', 'sv'));
});

test('the switcher refuses to redirect off the site', async ({ request }) => {
	const response = await request.get('/lang?to=ru&next=//evil.example/ru/', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers().location).toBe('/ru');
});

test('Arabic pages are right-to-left', async ({ page }) => {
	await page.goto(content.articlePath('open-ticket', 'ar'));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	// the mirrored layout: the brand sits at the right edge, the article aside on the left
	const brand = await page.locator('.brand').boundingBox();
	const viewport = page.viewportSize()!;
	expect(brand!.x).toBeGreaterThan(viewport.width / 2);
});

test('unknown pages and locales answer a localized 404', async ({ page }) => {
	allowConsoleErrors(/status of 404/);
	let response = await page.goto('/xx/nothing-here');
	expect(response?.status()).toBe(404);
	response = await page.goto('/ru/no-such-category/no-such-article');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
	response = await page.goto('/de/Bad_Slug');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
