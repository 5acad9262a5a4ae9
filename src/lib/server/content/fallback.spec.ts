import path from 'node:path';
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { ContentIndex } from '$lib/content/resolve';
import { ARTICLE_PRERENDER_HEADER, ARTICLE_ROUTE, fallbackPages, isFallbackArticle, RecentlyUsed } from './fallback';
import { loadContent } from './load';

// en/invoice is translated to nb; en/password is not: /nb/access/password is a fallback page
const index = new ContentIndex((await loadContent(path.resolve('tests/fixtures/content/valid'))).manifest);

function request(pathname: string, headers: Record<string, string> = {}, method = 'GET') {
	const [, lang = '', category = '', article = ''] = pathname.split('/');
	return {
		url: new URL(`http://localhost${pathname}`),
		route: { id: article ? ARTICLE_ROUTE : '/[lang=locale]/[category=slug]' },
		params: article ? { lang, category, article } : { lang, category },
		request: new Request(`http://localhost${pathname}`, { method, headers })
	} as unknown as RequestEvent;
}

/** A stand-in for Kit rendering the page: counts renders, answers with an ETag as Kit does. */
function renderer() {
	const rendered: string[] = [];
	const resolve = async (event: RequestEvent, _options?: ResolveOptions) => {
		rendered.push(event.url.pathname);
		return new Response(`<p>${event.url.pathname} #${rendered.length}</p>`, {
			headers: { 'content-type': 'text/html', etag: '"e1"', 'set-cookie': 'reader=1' }
		});
	};
	return { rendered, resolve };
}

describe('isFallbackArticle', () => {
	it('is true for an article page whose locale has no translation, false for translations and other pages', () => {
		expect(isFallbackArticle(request('/nb/access/password'), index)).toBe(true);
		expect(isFallbackArticle(request('/nb/fakturering/faktura'), index)).toBe(false);
		expect(isFallbackArticle(request('/en/access/password'), index)).toBe(false);
		expect(isFallbackArticle(request('/nb/access'), index)).toBe(false);
		expect(isFallbackArticle(request('/nb/access/no-such-article'), index)).toBe(false);
	});
});

describe('fallbackPages while building', () => {
	it('answers Kit’s prerenderer 204 for every article, which it skips, and leaves the category pages to it', async () => {
		const { rendered, resolve } = renderer();
		const handle = fallbackPages({ building: true, index: () => index });
		expect((await handle({ event: request('/nb/access/password'), resolve })).status).toBe(204);
		expect((await handle({ event: request('/nb/fakturering/faktura'), resolve })).status).toBe(204);
		expect((await handle({ event: request('/nb/fakturering'), resolve })).status).toBe(200);
		expect(rendered).toEqual(['/nb/fakturering']);
	});

	it('renders a translation for the article step, which asks with its header, and never a fallback page', async () => {
		const { rendered, resolve } = renderer();
		const handle = fallbackPages({ building: true, index: () => index });
		const asked = { [ARTICLE_PRERENDER_HEADER]: '1' };
		expect((await handle({ event: request('/nb/fakturering/faktura', asked), resolve })).status).toBe(200);
		expect((await handle({ event: request('/nb/access/password', asked), resolve })).status).toBe(204);
		expect(rendered).toEqual(['/nb/fakturering/faktura']);
	});
});

describe('fallbackPages on the server', () => {
	it('renders a fallback page once and serves the same HTML after, whoever asks', async () => {
		const { rendered, resolve } = renderer();
		const handle = fallbackPages({ building: false, index: () => index });
		const first = await handle({ event: request('/nb/access/password'), resolve });
		const again = await handle({ event: request('/nb/access/password', { cookie: 'session=x' }), resolve });
		expect(await first.text()).toBe('<p>/nb/access/password #1</p>');
		expect(await again.text()).toBe('<p>/nb/access/password #1</p>');
		expect(rendered).toEqual(['/nb/access/password']);
		// what describes the page is kept; nothing of the request it was first rendered for
		expect(again.headers.get('content-type')).toBe('text/html');
		expect(again.headers.get('cache-control')).toBe('no-cache');
		expect(again.headers.get('set-cookie')).toBeNull();
	});

	it('answers 304 to a reader who has the page, by its ETag', async () => {
		const { resolve } = renderer();
		const handle = fallbackPages({ building: false, index: () => index });
		await handle({ event: request('/nb/access/password'), resolve });
		const response = await handle({ event: request('/nb/access/password', { 'if-none-match': '"e1"' }), resolve });
		expect(response.status).toBe(304);
		expect(await response.text()).toBe('');
	});

	it('leaves translations and other methods to Kit, and keeps no page that failed', async () => {
		const { rendered, resolve } = renderer();
		const handle = fallbackPages({ building: false, index: () => index });
		await handle({ event: request('/nb/fakturering/faktura'), resolve });
		await handle({ event: request('/nb/access/password', {}, 'POST'), resolve });
		const failing = async () => new Response('down', { status: 500 });
		expect((await handle({ event: request('/nb/access/password'), resolve: failing })).status).toBe(500);
		expect(handle.cache.size).toBe(0);
		expect(rendered).toHaveLength(2);
	});

	it('keeps at most `max` pages, dropping the least recently read', async () => {
		const cache = new RecentlyUsed<number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		cache.get('a');
		cache.set('c', 3);
		expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
		expect(cache.size).toBe(2);
	});
});
