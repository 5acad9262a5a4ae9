import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { content } from './content.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// axe is injected as a script; the pages' CSP (script-src 'self') would rightly block it.
test.use({ bypassCSP: true });

async function seriousViolations(page: Page) {
	await page.addScriptTag({ path: axePath });
	const result = await page.evaluate(async () => {
		// @ts-expect-error axe is the global the injected script defines
		return (await window.axe.run(document, { resultTypes: ['violations'] })) as {
			violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
		};
	});
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const locale of ['en', 'ru', 'ar'] as const) {
	test(`home, category and article pages in ${locale} have no serious accessibility violations`, async ({
		page
	}) => {
		for (const path of [
			`/${locale}`,
			content.categoryPath('returns-complaints', locale),
			content.articlePath('open-ticket', locale),
			content.articlePath('response-times', locale)
		]) {
			await page.goto(path);
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});
}

test('the first Tab reaches the skip link, which moves focus to the main content', async ({
	page
}) => {
	await page.goto(content.articlePath('return-item', 'sv'));
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('landmarks are in place', async ({ page }) => {
	await page.goto('/en');
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
	await expect(page.getByRole('search')).toHaveCount(1);
});
