// What the server `npm start` runs puts on the wire: files precompressed (brotli when the browser takes it, else
// gzip), dynamic pages and JSON compressed as they are written, hashed files cached for a year, pages revalidated
// by ETag, and a 404 that carries only the strings it shows.
import en from '../../locales/en/index.ts';
import { allowConsoleErrors, expect, test } from './support/test.ts';
import { content } from './support/content.ts';
import { BASE_URL } from './support/server.ts';

const article = content.articlePath('late-delivery', 'en');

/** fetch, asking for the given encodings; the body comes back decoded, the headers as the server sent them */
const get = (path: string, encoding: string, headers: Record<string, string> = {}) =>
	fetch(BASE_URL + path, { headers: { 'accept-encoding': encoding, ...headers } });

/** The island script and the search file the article's page names. */
async function hashedFiles(): Promise<string[]> {
	const html = await (await get(article, 'identity')).text();
	const island = /src="(\/islands\/enhance-[^"]+\.js)"/.exec(html)?.[1];
	const search = /"(\/search\/en-[^"]+\.json)"/.exec(html)?.[1];
	expect(island, 'the article loads the enhance island').toBeDefined();
	expect(search, 'the article names its search file').toBeDefined();
	return [island!, search!];
}

test('an article, an island script and a search file arrive brotli-encoded when accepted, gzip otherwise', async () => {
	for (const path of [article, ...(await hashedFiles())]) {
		const br = await get(path, 'gzip, deflate, br');
		const gzip = await get(path, 'gzip, deflate');
		expect(br.headers.get('content-encoding'), path).toBe('br');
		expect(gzip.headers.get('content-encoding'), path).toBe('gzip');
		expect(br.headers.get('vary'), path).toMatch(/accept-encoding/i);
		// the same document either way, and the same as unencoded
		const plain = await (await get(path, 'identity')).text();
		expect(await br.text()).toBe(plain);
		expect(await gzip.text()).toBe(plain);
	}
});

test('hashed files are kept for a year; pages are revalidated, and a repeat with their ETag gets 304', async () => {
	for (const path of await hashedFiles()) {
		expect((await get(path, 'br')).headers.get('cache-control'), path).toBe(
			'public,max-age=31536000,immutable'
		);
	}
	const page = await get(article, 'br');
	expect(page.headers.get('cache-control')).not.toContain('immutable');
	const etag = page.headers.get('etag');
	expect(etag).toBeTruthy();
	expect(page.headers.get('last-modified')).toBeTruthy();
	const again = await get(article, 'br', { 'if-none-match': etag! });
	expect(again.status).toBe(304);
	expect(await again.text()).toBe('');
	// the security headers serve.js adds to every file still come along
	expect(page.headers.get('x-frame-options')).toBe('DENY');
});

test('a prerendered page asked for with a trailing slash moves to its address without one', async () => {
	const moved = await fetch(`${BASE_URL}${article}/?from=mail`, { redirect: 'manual' });
	expect(moved.status).toBe(308);
	expect(moved.headers.get('location')).toBe(`${article}?from=mail`);
});

test('a dynamic page and a JSON answer arrive compressed', async () => {
	const login = await get('/en/login', 'gzip, br');
	expect(login.status).toBe(200);
	expect(login.headers.get('content-encoding')).toBe('br');
	expect(await login.text()).toContain('</html>');
	const search = await get('/api/v1/search?q=delivery&locale=en', 'gzip');
	expect(search.status).toBe(200);
	expect(search.headers.get('content-encoding')).toBe('gzip');
	expect(await search.json()).toBeTruthy();
});

test('the 404 page carries the strings its components say, not the dictionary', async ({
	page
}) => {
	allowConsoleErrors(/status of 404/);
	const response = await page.goto('/en/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.error.notFoundTitle);
	const html = await response!.text();
	const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1])
		.join('');
	const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
	// every dictionary string the page's markup does not show (those written alike in HTML and in JSON)
	const strings = (value: unknown): string[] =>
		typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings);
	const unshown = strings(en).filter(
		(text) => text.length > 12 && !/[{&<>"'\\]/.test(text) && !markup.includes(text)
	);
	expect(unshown.length).toBeGreaterThan(200);
	// at most the other states of the page's own components (a 400's or 500's text), not the dictionary
	expect(unshown.filter((text) => scripts.includes(text)).length).toBeLessThanOrEqual(10);
});
