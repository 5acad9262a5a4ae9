// Links shared across languages: a category or article named by another language's slug moves (308) to its
// page in the language the URL asks for (or to the fallback page there: fallback.spec.ts); what names nothing
// stays a 404.
import { allowConsoleErrors, expect, test } from './support/test.ts';
import { content } from './support/content.ts';

const nb = (id: string) => content.articlePath(id, 'nb');
const en = (id: string) => content.articlePath(id, 'en');
const segments = (path: string) => path.split('/').slice(2);

test('another language’s slugs answer 308 with the page in the requested language', async ({
	request
}) => {
	const [enCategory, enArticle] = segments(en('return-item'));
	const [nbCategory, nbArticle] = segments(nb('return-item'));
	expect(nbArticle).not.toBe(enArticle); // the sample content translates this slug
	const cases: [string, string][] = [
		[`/nb/${enCategory}`, content.categoryPath('returns-complaints', 'nb')],
		[`/nb/${enCategory}/${enArticle}`, nb('return-item')],
		[`/nb/${nbCategory}/${enArticle}`, nb('return-item')],
		[`/nb/${enArticle}`, nb('return-item')],
		[`/en/${nbCategory}/${nbArticle}`, en('return-item')],
		[
			`/sv/${nbCategory}/${nbArticle}?from=chat`,
			`${content.articlePath('return-item', 'sv')}?from=chat`
		],
		[`/ar/${nbCategory}/${nbArticle}`, content.articlePath('return-item', 'ar')]
	];
	for (const [from, to] of cases) {
		const response = await request.get(from, { maxRedirects: 0 });
		expect(response.status(), from).toBe(308);
		expect(response.headers().location, from).toBe(to);
		expect((await request.get(to, { maxRedirects: 0 })).status(), to).toBe(200);
	}
});

test('a slug that names nothing is still the localized 404', async ({ request, page }) => {
	allowConsoleErrors(/status of 404/);
	const [nbCategory] = segments(nb('return-item'));
	for (const path of ['/nb/no-such-topic', `/nb/${nbCategory}/no-such-article`, '/nb/a/b/c']) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(404);
	}
	await page.goto(`/nb/${nbCategory}/no-such-article`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
});

test('a reader following an English link on the Norwegian site lands on the Norwegian article', async ({
	page
}) => {
	await page.goto(`/nb/${segments(en('return-item')).join('/')}`);
	await expect(page).toHaveURL(nb('return-item'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		content.article('return-item', 'nb')!.meta.title
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});
