// Pagefind, the peer for search on the wire and in quality: a static search that loads index chunks on demand,
// set up as its README shows (one HTML page per article, default options), over the same articles Svar
// indexes. Its search runs where it is made to run, in a browser, so this also serves files to Chromium and
// counts what each request would transfer.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { SearchSource } from '../../lib/search/engine.ts';
import { sourcesFor } from '../../lib/server/search/build.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/browser.ts';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** The article as the page a static-site generator would hand Pagefind. */
function articleHtml(locale: Locale, s: SearchSource): string {
	return `<!doctype html><html lang="${locale}"><head><title>${escape(s.title)}</title></head><body><main><h1>${escape(s.title)}</h1><p>${escape(s.description)}</p><p>${escape(s.keywords.join(', '))}</p>${s.headings.map((h) => `<h2>${escape(h)}</h2>`).join('')}<p>${escape(s.body)}</p></main></body></html>`;
}

/** Pagefind's bundle for these locales' articles, written to out/pagefind; article URLs are /<locale>/<id>/. */
export async function buildPagefind(root: string, locales: Locale[], out: string): Promise<void> {
	const pagefind = await import('pagefind');
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	for (const locale of locales)
		for (const s of await sourcesFor(root, locale))
			await index.addHTMLFile({ url: `/${locale}/${s.id}/`, content: articleHtml(locale, s) });
	await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
	await pagefind.close();
}

export const idOfUrl = (url: string) => url.split('/').filter(Boolean).at(-1)!;

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.html': 'text/html; charset=utf-8',
	'.wasm': 'application/wasm'
};

export interface Served {
	path: string;
	/** gzip -9 of the file: what it costs on the wire with compression (Pagefind's chunks are already gzip) */
	bytes: number;
}

/**
 * A static server for the measurements: `dirs` maps a URL prefix to a folder, `pages` a path to HTML. Every
 * response is logged with the gzip -9 size of its body.
 */
export async function staticServer(dirs: Record<string, string>, pages: Record<string, string>) {
	const served: Served[] = [];
	const sizes = new Map<string, number>();
	const server = http.createServer((req, res) => {
		const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let body: Buffer | undefined;
		if (pages[url] !== undefined) body = Buffer.from(pages[url]!);
		else {
			const prefix = Object.keys(dirs).find((p) => url.startsWith(p));
			const file = prefix && path.join(dirs[prefix]!, url.slice(prefix.length));
			if (file && !file.includes('..') && fs.existsSync(file) && fs.statSync(file).isFile())
				body = fs.readFileSync(file);
		}
		if (!body) {
			res.writeHead(404).end();
			return;
		}
		if (!sizes.has(url)) sizes.set(url, zlib.gzipSync(body, { level: 9 }).length);
		served.push({ path: url, bytes: sizes.get(url)! });
		const type = pages[url] !== undefined ? TYPES['.html']! : TYPES[path.extname(url)];
		res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base,
		served,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** A blank page in the locale's language, from which Pagefind's bundle is imported. */
export const pagefindPage = (locale: Locale) =>
	`<!doctype html><html lang="${locale}"><head><title>search</title></head><body></body></html>`;

/**
 * Runs queries with Pagefind in an open page and returns, per query, the article ids of the first `limit`
 * results, having loaded their data (title and excerpt) as a results list does.
 */
export async function pagefindSearch(
	page: import('@playwright/test').Page,
	queries: string[],
	limit: number
): Promise<string[][]> {
	const urls = await page.evaluate(
		async ({ queries, limit, bundle }) => {
			const pagefind = await import(/* @vite-ignore */ bundle);
			const out: string[][] = [];
			for (const q of queries) {
				const found = await pagefind.search(q);
				const data = await Promise.all(
					found.results.slice(0, limit).map((r: { data: () => Promise<unknown> }) => r.data())
				);
				out.push(data.map((d) => (d as { url: string }).url));
			}
			return out;
		},
		{ queries, limit, bundle: '/pagefind/pagefind.js' }
	);
	return urls.map((list) => list.map(idOfUrl));
}
