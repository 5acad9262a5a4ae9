import type { Handle, RequestEvent } from '@sveltejs/kit';
import type { ContentIndex } from '$lib/content/resolve';
import { isLocale } from '$lib/i18n/locales';

/** The article page's route id. */
export const ARTICLE_ROUTE = '/[lang=locale]/[category=slug]/[article=slug]';
/** A locale's home page's route id (rendered on request by a serverless function: one copy for every reader). */
export const HOME_ROUTE = '/[lang=locale]';

/**
 * The header src/cli/prerender-articles.ts asks for an article with while building: Kit's prerenderer, which
 * meets every article in category pages and language switchers, gets 204 (skipped, as it skips dynamic pages)
 * for all of them, and that step renders each locale's own on every core.
 */
export const ARTICLE_PRERENDER_HEADER = 'x-svar-prerender';

/** Fallback pages kept rendered: about 25 KB each, so a few tens of MB at most. */
export const FALLBACK_PAGES_KEPT = 1000;

/**
 * Whether a request for the article page names an article its locale has no translation of: a fallback page,
 * the article in another language with a notice in the reader's.
 */
export function isFallbackArticle(event: Pick<RequestEvent, 'route' | 'params'>, index: ContentIndex): boolean {
	if (event.route.id !== ARTICLE_ROUTE) return false;
	const { lang, category = '', article = '' } = event.params as Record<string, string | undefined>;
	if (!isLocale(lang)) return false;
	const id = index.findArticle(lang, category, article);
	return id !== undefined && index.article(id, lang)?.fallback === true;
}

/** A map that keeps its `max` most recently used entries. */
export class RecentlyUsed<V> {
	private readonly entries = new Map<string, V>();
	constructor(readonly max: number) {}

	get(key: string): V | undefined {
		const value = this.entries.get(key);
		if (value === undefined) return undefined;
		this.entries.delete(key);
		this.entries.set(key, value);
		return value;
	}

	set(key: string, value: V): void {
		this.entries.delete(key);
		this.entries.set(key, value);
		if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
	}

	get size(): number {
		return this.entries.size;
	}
}

interface RenderedPage {
	body: string;
	headers: [string, string][];
	etag: string;
}

/** The headers a rendered page is served with again: what describes the page, not the request. */
const KEPT_HEADERS = ['content-type', 'content-security-policy', 'etag'];

/**
 * Fallback pages are not prerendered once per UI locale: while building, a request for one answers 204, which
 * Kit's prerenderer skips as it skips dynamic pages (its crawler meets them in every language switcher), and so
 * does one for any article unless the article prerenderer asks (ARTICLE_PRERENDER_HEADER). On the
 * server, the first request renders the page and later ones get the same HTML from memory, validated by its
 * ETag like a prerendered file. The page is the same for every reader (its layout asks no session, see the root
 * layout), so one copy serves all; none is kept past `max` pages, least recently read first.
 */
export function fallbackPages(options: {
	building: boolean;
	index: () => ContentIndex;
	max?: number;
}): Handle & { cache: RecentlyUsed<RenderedPage> } {
	const cache = new RecentlyUsed<RenderedPage>(options.max ?? FALLBACK_PAGES_KEPT);
	const handle: Handle = async ({ event, resolve }) => {
		if (options.building && event.route.id === ARTICLE_ROUTE) {
			const asked = event.request.headers.has(ARTICLE_PRERENDER_HEADER);
			return asked && !isFallbackArticle(event, options.index())
				? resolve(event)
				: new Response(null, { status: 204 });
		}
		if (!isFallbackArticle(event, options.index())) return resolve(event);
		const method = event.request.method;
		if (method !== 'GET' && method !== 'HEAD') return resolve(event);
		const key = event.url.pathname;
		let page = cache.get(key);
		if (!page) {
			const response = await resolve(event);
			// kept from a complete GET only; a HEAD is answered as Kit answers it
			if (method !== 'GET' || response.status !== 200) return response;
			const headers = KEPT_HEADERS.flatMap((name): [string, string][] => {
				const value = response.headers.get(name);
				return value === null ? [] : [[name, value]];
			});
			const body = await response.text();
			page = { body, headers, etag: response.headers.get('etag') ?? '' };
			cache.set(key, page);
		}
		const headers = new Headers(page.headers);
		headers.set('cache-control', 'no-cache');
		if (page.etag && event.request.headers.get('if-none-match') === page.etag) {
			return new Response(null, { status: 304, headers });
		}
		return new Response(method === 'HEAD' ? null : page.body, { headers });
	};
	return Object.assign(handle, { cache });
}
