import { createRequire } from 'node:module';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { content } from './support/content.ts';
import { customer, signIn, staff } from './support/accounts.ts';
import { newTicket } from './support/tickets.ts';

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

for (const locale of ['en', 'ru', 'ar', 'fr', 'nl', 'de'] as const) {
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

test('the agent workspace has no serious accessibility violations, left-to-right and right-to-left', async ({
	page
}) => {
	// twelve axe runs: a shared two-core machine needs more than a minute for them
	test.setTimeout(120_000);
	const { api } = await customer({ locale: 'ar', name: 'سارة' });
	const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
	const ref = await newTicket(api, {
		subject: 'لم يصل الطرد',
		message: 'أين طلبي؟',
		locale: 'ar',
		fields: {
			callbackPhone: '+966 50 123 4567',
			callbackFrom: `${soon}T10:00`,
			callbackTo: `${soon}T12:00`,
			timeZone: 'Asia/Riyadh'
		}
	});
	// a staff member of our own, so switching the workspace language does not disturb other tests
	await signIn(page.context(), (await staff('admin', { name: 'Axe Admin' })).token);
	const pages = [
		'/agent',
		`/agent/tickets/${ref}`,
		'/agent/canned',
		'/agent/teams',
		'/agent/settings',
		'/agent/mail',
		'/agent/reports'
	];
	for (const path of pages) {
		await page.goto(path);
		expect(await seriousViolations(page), path).toEqual([]);
	}
	await page.goto('/agent');
	await page.locator('.agent-prefs summary').click();
	await page.getByLabel('Language of the workspace').selectOption('ar');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	for (const path of pages) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		expect(await seriousViolations(page), `${path} (ar)`).toEqual([]);
	}
});
