import { expect, test } from './support/test.ts';
import { content } from './support/content.ts';
import { crossSitePost } from './support/api.ts';
import { query } from './support/db.ts';

// Votes are counted per article: each test votes on articles no other test votes on.
const votesFor = (articleId: string) =>
	query<{ helpful: number; locale: string }>(
		'select helpful, locale from helpful_votes where article_id = ?',
		articleId
	);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the helpful vote posts, thanks the reader, and a second vote changes the first', async ({
		page
	}) => {
		await page.goto(content.articlePath('courses', 'nb'));
		await page.getByRole('button', { name: 'Ja' }).click();
		await expect(page).toHaveURL('/nb/feedback?article=courses&helpful=yes');
		await expect(page.getByRole('status')).toBeVisible();
		expect(votesFor('courses')).toEqual([{ helpful: 1, locale: 'nb' }]);

		await page.goto(content.articlePath('courses', 'nb'));
		await page.getByRole('button', { name: 'Nei' }).click();
		await expect(page.locator('.contact-cta a')).toHaveAttribute(
			'href',
			'/nb/contact?article=courses'
		);
		expect(votesFor('courses')).toEqual([{ helpful: 0, locale: 'nb' }]);
	});

	test('a tampered form gets a localized error page and stores nothing', async ({
		page,
		baseURL
	}) => {
		await page.goto(content.articlePath('callback', 'sv'));
		await page
			.locator('input[name="articleId"]')
			.evaluate((el: HTMLInputElement) => (el.value = 'no-such-article'));
		await page.getByRole('button', { name: 'Ja' }).click();
		await expect(page).toHaveURL(`${baseURL}/sv/feedback?error=1`);
		await expect(page.getByRole('alert')).toBeVisible();
		expect(votesFor('no-such-article')).toEqual([]);
	});
});

test('with JavaScript the vote is sent in the background and thanked in place', async ({
	page
}) => {
	const url = content.articlePath('social-media', 'en');
	await page.goto(url);
	await page.getByRole('button', { name: 'No' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Thanks! Your answer helps us improve this article.'
	);
	await expect(page.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
	expect(new URL(page.url()).pathname).toBe(url);
	expect(votesFor('social-media')).toEqual([{ helpful: 0, locale: 'en' }]);
});

test.describe('POST /api/v1/votes', () => {
	test('answers 201, then 200 when the same visitor changes their vote', async ({ request }) => {
		const first = await request.post('/api/v1/votes', {
			data: { articleId: 'privacy', locale: 'ru', helpful: 'yes' }
		});
		expect(first.status()).toBe(201);
		expect(await first.json()).toEqual({
			articleId: 'privacy',
			locale: 'ru',
			helpful: true,
			created: true
		});
		const second = await request.post('/api/v1/votes', {
			data: { articleId: 'privacy', locale: 'ru', helpful: false }
		});
		expect(second.status()).toBe(200);
		expect(votesFor('privacy')).toEqual([{ helpful: 0, locale: 'ru' }]);
	});

	test('refuses bad input with a localized JSON error and stores nothing', async ({ request }) => {
		// the body sent, then the status, error code and field the refusal names
		const cases: [Record<string, string>, number, string, string][] = [
			[{ articleId: 'warranty', locale: 'nb', helpful: 'maybe' }, 400, 'invalid_vote', 'helpful'],
			[{ articleId: 'warranty', locale: 'xx', helpful: 'yes' }, 400, 'invalid_vote', 'locale'],
			[{ articleId: '../etc', locale: 'nb', helpful: 'yes' }, 400, 'invalid_vote', 'articleId'],
			[
				{ articleId: 'no-such-article', locale: 'nb', helpful: 'yes' },
				404,
				'unknown_article',
				'articleId'
			]
		];
		for (const [data, status, code, field] of cases) {
			const response = await request.post('/api/v1/votes', { data });
			expect(response.status(), JSON.stringify(data)).toBe(status);
			const body = await response.json();
			expect(body.error.code).toBe(code);
			expect(Object.keys(body.error.fields)).toContain(field);
		}
		const nb = await (
			await request.post('/api/v1/votes', {
				data: { articleId: 'no-such-article', locale: 'nb', helpful: 'yes' }
			})
		).json();
		expect(nb.error.message).toBe('Det finnes ingen artikkel med den ID-en.');
		const notJson = await request.post('/api/v1/votes', {
			headers: { 'content-type': 'application/json' },
			data: '{"articleId":'
		});
		expect(notJson.status()).toBe(400);
		expect(votesFor('warranty')).toEqual([]);
	});

	test('refuses a cross-site form post (CSRF)', async ({ request }) => {
		const response = await crossSitePost(
			request,
			'/api/v1/votes',
			'articleId=warranty&locale=en&helpful=yes'
		);
		expect(response.status()).toBe(403);
		expect(votesFor('warranty')).toEqual([]);
	});
});

test('the reader’s answer stays shown after a reload and can be changed, one vote on the server', async ({
	page
}) => {
	await page.goto(content.articlePath('late-delivery', 'en'));
	const yes = page.getByRole('button', { name: 'Yes' });
	const no = page.getByRole('button', { name: 'No' });
	await expect(yes).toHaveAttribute('aria-pressed', 'false');
	await yes.click();
	await expect(yes).toHaveAttribute('aria-pressed', 'true');
	await expect(no).toHaveAttribute('aria-pressed', 'false');
	// chosen, not greyed out: both stay usable
	await expect(yes).toBeEnabled();
	await expect(no).toBeEnabled();
	expect(votesFor('late-delivery')).toEqual([{ helpful: 1, locale: 'en' }]);

	await page.reload();
	await expect(yes).toHaveAttribute('aria-pressed', 'true');
	await expect(no).toHaveAttribute('aria-pressed', 'false');
	await no.click();
	await expect(no).toHaveAttribute('aria-pressed', 'true');
	await expect(yes).toHaveAttribute('aria-pressed', 'false');

	await page.reload();
	await expect(no).toHaveAttribute('aria-pressed', 'true');
	await expect(yes).toHaveAttribute('aria-pressed', 'false');
	expect(votesFor('late-delivery')).toEqual([{ helpful: 0, locale: 'en' }]);
});
