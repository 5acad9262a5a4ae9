import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentIndex } from '$lib/content/resolve';
import { loadContent } from './load';
import { LOCALES } from '$lib/i18n/locales';
import { sitemapXml } from './sitemap';

const index = new ContentIndex((await loadContent(path.resolve('tests/fixtures/content/valid'))).manifest);
const xml = sitemapXml('https://help.example', index);
const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('sitemapXml', () => {
	it('lists every home, translated category and translated article, and no fallback pages', () => {
		expect(locs).toEqual([
			...LOCALES.map((l) => `https://help.example/${l}`),
			'https://help.example/en/access',
			'https://help.example/en/billing',
			'https://help.example/nb/fakturering',
			'https://help.example/en/billing/invoice',
			'https://help.example/nb/fakturering/faktura',
			'https://help.example/en/access/password'
		]);
	});

	it('gives each translation its alternates and an x-default', () => {
		const invoice = xml
			.split('\n')
			.find((l) => l.includes('<loc>https://help.example/nb/fakturering/faktura</loc>'))!;
		expect(invoice).toContain('<lastmod>2026-09-01</lastmod>');
		expect(invoice).toContain('hreflang="en" href="https://help.example/en/billing/invoice"');
		expect(invoice).toContain('hreflang="nb" href="https://help.example/nb/fakturering/faktura"');
		expect(invoice).toContain(
			'hreflang="x-default" href="https://help.example/en/billing/invoice"'
		);
	});
});
