import { describe, expect, it } from 'vitest';
import { attributes } from './html-attributes.js';
import { brokenLinks, linkTarget, type PageLinks, unknownTargets } from './prerender-links.ts';

const origin = 'https://help.example';
const known = (path: string) => ['/en/search', '/de/orders/track'].includes(path);
const page = (path: string, links: string[], ids: string[] = []): PageLinks => ({
	path,
	ids,
	links
});

describe('linkTarget', () => {
	it('follows root-relative, relative and own-origin links, decoded, and no other site or scheme', () => {
		expect(linkTarget('/en/a%C3%A5?q=1#x%20y', '/en/b', origin)).toEqual({
			path: '/en/aå',
			fragment: 'x y'
		});
		expect(linkTarget('#top', '/en/b', origin)).toEqual({ path: '/en/b', fragment: 'top' });
		expect(linkTarget(`${origin}/de/c`, '/en/b', origin)).toEqual({ path: '/de/c', fragment: '' });
		for (const other of [
			'https://else.where/x',
			'//cdn.example/x',
			'mailto:a@b.c',
			'tel:+4712345678'
		])
			expect(linkTarget(other, '/en/b', origin)).toBeUndefined();
	});
});

describe('brokenLinks', () => {
	it('passes links to rendered pages, to known paths, to anchors that exist and to other sites', () => {
		const pages = [
			page(
				'/en/orders/track',
				['/en/orders/return#label', '#steps', '/en/search?q=x', 'https://else.where/x'],
				['steps']
			),
			page('/en/orders/return', [`${origin}/de/orders/track`, 'mailto:help@example.com'], ['label'])
		];
		expect(brokenLinks(pages, origin, known)).toEqual([]);
	});

	it('names a link to a page that does not exist, and an anchor its page lacks', () => {
		const pages = [
			page('/en/orders/track', ['/en/orders/gone', '/en/orders/return#nope', '#here'], ['here']),
			page('/en/orders/return', [`${origin}/fr/orders/track`], ['label'])
		];
		expect(brokenLinks(pages, origin, known)).toEqual([
			'/en/orders/track → /en/orders/gone',
			'/en/orders/track → /en/orders/return#nope (no element with that id)',
			`/en/orders/return → ${origin}/fr/orders/track`
		]);
	});
});

describe('unknownTargets', () => {
	it('lists each path once that is neither a page nor known: what the server is asked', () => {
		const pages = [
			page('/en/a', ['/en/b', '/en/login?next=/en/a', '/en/search']),
			page('/en/b', ['/en/a#x', '/en/login', 'https://else.where/'])
		];
		expect(unknownTargets(pages, origin, known)).toEqual(['/en/login']);
	});
});

describe('attributes', () => {
	it('reads double-quoted values with their escapes undone, not look-alike text', () => {
		const html =
			'<a href="/a?x=1&amp;y=&quot;2&quot;" data-href="/no">x</a><h2 id="why">id="not"</h2>';
		expect(attributes(html, 'href')).toEqual(['/a?x=1&y="2"']);
		expect(attributes(html, 'id')).toEqual(['why']);
	});
});
