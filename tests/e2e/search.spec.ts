import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { content } from './support/content.ts';
import { query } from './support/db.ts';

/** Open `path` and type `text` into the header's search box. */
async function search(page: Page, path: string, text: string) {
	await page.goto(path);
	const box = page.locator('input[data-search-input]').first();
	await box.focus();
	await page.keyboard.type(text);
	return box;
}

const searchEvents = () =>
	query<{
		locale: string;
		query: string;
		results: number;
		opened: string | null;
		visit: string | null;
	}>(
		'select locale, query, results, opened_article as opened, visit_id as visit from search_events'
	);

test('a Russian inflected query reaches the article with the keyboard only', async ({ page }) => {
	await page.goto(content.articlePath('privacy', 'ru'));
	await page.keyboard.press('Tab'); // skip link
	await page.keyboard.press('Tab'); // brand
	await page.keyboard.press('Tab'); // search box
	const box = page.getByRole('combobox');
	await expect(box).toBeFocused();
	await page.keyboard.type('посылку не доставили');
	const first = page.getByRole('option').first();
	await expect(first).toContainText(content.article('late-delivery', 'ru')!.meta.title);
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(first).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(content.articlePath('late-delivery', 'ru'));
	await expect
		.poll(() => searchEvents().find((e) => e.opened === 'late-delivery' && e.locale === 'ru'))
		.toMatchObject({ locale: 'ru', query: 'посылку не доставили' });
});

test('a Norwegian query without ø and å finds the article, highlighted', async ({ page }) => {
	await page.goto('/nb');
	await page.getByRole('searchbox').or(page.getByRole('combobox')).first().focus();
	await page.keyboard.type('telefonstotte');
	const options = page.getByRole('option');
	await expect(options.first()).toBeVisible();
	const ids = ['contact-by-phone', 'why-no-phone'].map(
		(id) => content.article(id, 'nb')!.meta.title
	);
	expect(ids).toContain(await options.first().locator('.search-title').textContent());
	await expect(options.first().locator('mark').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search form submits to a results page with the same top result as the combobox', async ({
		page,
		browser
	}) => {
		await page.goto('/sv');
		await page.getByRole('searchbox').fill('glomt losenord');
		await page.getByRole('button', { name: 'Sök' }).click();
		await expect(page).toHaveURL('/sv/search?q=glomt+losenord');
		const noJsTop = await page.locator('.search-results li a').first().getAttribute('href');
		expect(noJsTop).toBe(content.articlePath('reset-password', 'sv'));

		const js = await browser.newPage({ javaScriptEnabled: true });
		await js.goto('/sv');
		await js.locator('input[data-search-input]').focus();
		await js.keyboard.type('glomt losenord');
		await expect(js.getByRole('option').first().locator('a')).toHaveAttribute('href', noJsTop!);
		await js.close();
	});

	test('no results offers contact support, and the query is stored masked', async ({ page }) => {
		await page.goto('/en/search?q=' + encodeURIComponent('qwxzv qwxzvbn@zzyq.xx 4111111111111111'));
		await expect(page.locator('.no-results')).toContainText('No articles match');
		// the question goes to support as typed (issue 16)
		await expect(
			page.locator('.no-results').getByRole('link', { name: /^Ask support about/ })
		).toHaveAttribute(
			'href',
			'/en/contact?q=' + encodeURIComponent('qwxzv qwxzvbn@zzyq.xx 4111111111111111')
		);
		const stored = searchEvents().find((e) => e.query.startsWith('qwxzv'));
		expect(stored).toMatchObject({ query: 'qwxzv [email] [number]', results: 0, locale: 'en' });
	});
});

test('the search index is not requested on a plain article view, only when search is first used', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto(content.articlePath('warranty', 'sv'));
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.startsWith('/search/') || p.includes('/islands/search'))).toEqual(
		[]
	);
	await page.locator('input[data-search-input]').focus();
	await expect.poll(() => fetched.some((p) => /^\/search\/sv-[0-9a-f]+\.json$/.test(p))).toBe(true);
	expect(fetched.some((p) => /^\/search\/(nb|ru|de)-/.test(p))).toBe(false);
});

test('the first query fetches the reader’s manifest and a few shards, not the whole index', async ({
	page
}) => {
	const fetched: { path: string; bytes: number }[] = [];
	page.on('response', async (r) => {
		const path = new URL(r.url()).pathname;
		if (path.startsWith('/search/')) fetched.push({ path, bytes: (await r.body()).length });
	});
	await page.goto('/nb');
	await page.locator('input[data-search-input]').first().focus();
	await page.locator('input[data-search-input]').first().fill('passord');
	await expect(page.getByRole('option').first()).toBeVisible();
	await expect.poll(() => fetched.some((f) => /^\/search\/nb-d-/.test(f.path))).toBe(true);
	const paths = fetched.map((f) => f.path);
	// one manifest, then shards named <locale>-<kind>-<content hash>, only of the reader's language
	expect(paths.filter((p) => /^\/search\/nb-[0-9a-f]+\.json$/.test(p))).toHaveLength(1);
	expect(paths.every((p) => /^\/search\/nb-([tsdp]-)?[0-9a-f]{10}\.json$/.test(p))).toBe(true);
	expect(new Set(paths).size).toBe(paths.length);
	// every index shard the build wrote for nb, against what this query fetched
	const built = fs.readdirSync('static/search').filter((f) => /^nb-[tsd]-/.test(f));
	const total = built.reduce((sum, f) => sum + fs.statSync(path.join('static/search', f)).size, 0);
	const index = fetched.filter((f) => /^\/search\/nb-[tsd]-/.test(f.path));
	// a small help centre's vocabulary is one shard, and its term map a few: what a query leaves out is most
	// of the term map (a large one leaves out far more: npm run bench's "Search on the wire")
	const terms = index.filter((f) => f.path.startsWith('/search/nb-t-')).length;
	expect(terms).toBeLessThanOrEqual(2);
	expect(terms).toBeLessThan(built.filter((f) => f.startsWith('nb-t-')).length / 2);
	expect(index.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(total / 2);
});

test('a French reader, with no French articles, is offered English answers, labelled', async ({
	page
}) => {
	await search(page, '/fr', 'warranty');
	const first = page.getByRole('option').first();
	await expect(first).toContainText('(en anglais)');
	await expect(first.locator('a')).toHaveAttribute('href', content.articlePath('warranty', 'fr'));
});

test.describe('search API', () => {
	test('GET /api/v1/search answers JSON from the same index', async ({ request }) => {
		const response = await request.get(
			'/api/v1/search?q=' + encodeURIComponent('glemt pasord') + '&locale=nb'
		);
		expect(response.status()).toBe(200);
		const body = await response.json();
		expect(body.results[0]).toMatchObject({
			id: 'reset-password',
			href: content.articlePath('reset-password', 'nb')
		});
		expect((await request.get('/api/v1/search?q=x&locale=xx')).status()).toBe(400);
	});

	test('POST /api/v1/search-events validates and stores nothing bad', async ({ request }) => {
		for (const data of [
			{ locale: 'nb', query: '', results: 1 },
			{ locale: 'zz', query: 'pakkeprøve', results: 1 },
			{ locale: 'nb', query: 'pakkeprøve', results: -1 },
			{ locale: 'nb', query: 'pakkeprøve', results: 1, opened: '../x' }
		]) {
			const response = await request.post('/api/v1/search-events', { data });
			expect(response.status(), JSON.stringify(data)).toBe(400);
			expect((await response.json()).error.code).toBe('invalid_search_event');
		}
		const unknown = await request.post('/api/v1/search-events', {
			data: { locale: 'nb', query: 'pakkeprøve', results: 1, opened: 'no-such-article' }
		});
		expect(unknown.status()).toBe(404);
		expect(searchEvents().filter((e) => e.query.startsWith('pakkeprøve'))).toEqual([]);
		// a visit of this test's own: other tests send search events at the same time
		const visit = randomBytes(8).toString('hex');
		const ok = await request.post('/api/v1/search-events', {
			data: { locale: 'nb', query: 'ring meg på 912 34 567', results: 2, visit }
		});
		expect(ok.status()).toBe(204);
		expect(searchEvents().filter((e) => e.visit === visit)).toEqual([
			expect.objectContaining({ query: 'ring meg på [phone]', visit })
		]);
	});
});

test.describe('Escape in the search box (WAI-ARIA combobox)', () => {
	test('the first Escape closes the list and keeps the text; the second clears it', async ({
		page
	}) => {
		const box = await search(page, '/en', 'password');
		await expect(page.getByRole('option').first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('listbox')).toBeHidden();
		await expect(box).toHaveValue('password');
		await page.keyboard.press('Escape');
		await expect(box).toHaveValue('');
		await expect(box).toBeFocused();
	});

	test('a reader who changes their mind: Escape twice, types again, picks with the arrow keys, comes back, searches on', async ({
		page
	}) => {
		await page.goto('/en');
		const box = page.locator('input[data-search-input]').first();
		const options = page.getByRole('option');
		await box.click();
		await page.keyboard.type('refund');
		await expect(options.first()).toBeVisible();
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(box).toHaveValue('');
		await page.keyboard.type('warranty');
		await expect(options.first()).toContainText(content.article('warranty', 'en')!.meta.title);
		await page.keyboard.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(content.articlePath('warranty', 'en'));

		await page.goBack();
		await expect(page).toHaveURL('/en');
		await box.click();
		await box.press('ControlOrMeta+a');
		await page.keyboard.type('forgot password');
		const title = content.article('reset-password', 'en')!.meta.title;
		await expect(options.first()).toContainText(title);
		await expect(options).not.toContainText([content.article('warranty', 'en')!.meta.title]);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(content.articlePath('reset-password', 'en'));
	});
});

test('an Arabic reader searching with a Latin product name gets the Arabic article, right to left', async ({
	page
}) => {
	const box = await search(page, '/ar', 'Klarna');
	const first = page.getByRole('option').first();
	await expect(first.locator('a')).toHaveAttribute(
		'href',
		content.articlePath('payment-provider', 'ar')
	);
	await expect(first.locator('.search-title')).toHaveCSS('direction', 'rtl');
	await expect(page.locator('.search-popup')).toHaveCSS('direction', 'rtl');
	await expect(box).toHaveValue('Klarna');
});

for (const [locale, typed, id] of [
	['fr', 'je narrive plus a me connecter', 'reset-password'],
	['de', 'ruecksendung', 'return-item'],
	['ar', 'نسيت كلمه السر', 'reset-password']
] as const)
	test(`a ${locale} customer typing without accents, apostrophes, umlauts or hamza finds the ${id} article in ${locale}`, async ({
		page
	}) => {
		await search(page, `/${locale}`, typed);
		const first = page.getByRole('option').first();
		await expect(first.locator('a')).toHaveAttribute('href', content.articlePath(id, locale));
		await expect(first.locator('.search-title')).toHaveText(
			content.article(id, locale)!.meta.title
		);
	});

test('the results page isolates a Latin query inside its Arabic sentence', async ({ page }) => {
	await page.goto('/ar/search?q=Klarna');
	await expect(page.locator('h1 bdi')).toHaveText('Klarna');
	await expect(page.locator('.search-results a').first()).toHaveCSS('direction', 'rtl');
});

test('a question no article answers is declined, and the box offers support with the question carried in', async ({
	page
}) => {
	const question = 'create a discount code';
	await search(page, '/en', question);
	const empty = page.locator('.search-empty');
	await expect(empty).toContainText('No articles match');
	await expect(page.getByRole('option')).toHaveCount(0);
	await expect(empty.getByRole('link', { name: /^Ask support about/ })).toHaveAttribute(
		'href',
		'/en/contact?q=' + encodeURIComponent(question)
	);
});

test('on a phone, a results page stays within the screen whatever the customer typed', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of [
		// a French heading whose guillemets hold the word to the query's first word
		'/fr/search?q=reinitialiser+mot+de+passe',
		// one long word, matching nothing: the heading, the message and the button to support all hold it
		'/fr/search?q=motdepassereinitialisationcomptebloque',
		'/ar/search?q=استرجاعالمنتجاتالمعيبةوالمستلزمات'
	]) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			path
		).toBeLessThanOrEqual(390);
	}
});
