import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	cacheControl,
	filePaths,
	IMMUTABLE,
	isHashed,
	prerenderedPaths,
	REVALIDATE,
	slashRedirect,
	worthCompressing
} from './serve-files.js';

describe('isHashed', () => {
	it.each([
		'/_app/immutable/entry/start.js',
		'/islands/search-B3x9aZkq.js',
		'/islands/enhance-a-b_Xy9z.js',
		'/search/en-3fa9c01b2e.json',
		'/search/en-3fa9c01b2e/ab.json',
		'/search/nb-titles-0c5e7d2a91.json'
	])('%s carries a content hash', (pathname) => expect(isHashed(pathname)).toBe(true));

	it.each([
		'/favicon.svg',
		'/images/ticket-flow.svg',
		'/_app/version.json',
		'/en/orders-delivery/late-delivery',
		'/files/report-20240101.csv',
		'/search/en.json'
	])('%s does not', (pathname) => expect(isHashed(pathname)).toBe(false));

	it('gives hashed files a year and the rest a check each time', () => {
		expect(cacheControl('/islands/search-B3x9aZkq.js')).toBe(IMMUTABLE);
		expect(cacheControl('/favicon.svg')).toBe(REVALIDATE);
	});
});

describe('prerendered paths and their trailing slash', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-prerendered-'));
	for (const file of [
		'index.html',
		'en.html',
		'en/guide.html',
		'en/guide.html.br',
		'docs/index.html',
		'sitemap.xml'
	]) {
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.writeFileSync(path.join(dir, file), 'x');
	}
	const paths = prerenderedPaths(dir);

	it('lists every file by its URL, without the compressed copies', () => {
		expect(filePaths(dir).sort()).toEqual([
			'/docs/index.html',
			'/en.html',
			'/en/guide.html',
			'/index.html',
			'/sitemap.xml'
		]);
	});

	it('names each page by its URL as Kit does', () => {
		expect([...paths].sort()).toEqual(['/', '/docs/', '/en', '/en/guide', '/sitemap.xml']);
	});

	it('sends the other spelling of a prerendered page there, with its query', () => {
		expect(slashRedirect('/en/guide/', '?q=1', paths)).toBe('/en/guide?q=1');
		expect(slashRedirect('/docs', '', paths)).toBe('/docs/');
		expect(slashRedirect('/en/login', '', paths)).toBeUndefined();
	});

	it('finds nothing in a build without prerendered pages', () => {
		expect(prerenderedPaths(path.join(dir, 'missing')).size).toBe(0);
		expect(filePaths(path.join(dir, 'missing'))).toEqual([]);
	});
});

describe('worthCompressing', () => {
	const res = (headers: Record<string, string>) =>
		({ getHeader: (name: string) => headers[name] }) as never;
	const always = () => true;

	it('leaves downloads as they are stored', () => {
		expect(
			worthCompressing({} as never, res({ 'content-disposition': 'attachment' }), always)
		).toBe(false);
		expect(worthCompressing({} as never, res({}), always)).toBe(true);
	});

	it('leaves event streams alone: each event leaves as it is written', () => {
		const stream = res({ 'content-type': 'text/event-stream; charset=utf-8' });
		expect(worthCompressing({} as never, stream, always)).toBe(false);
	});
});
