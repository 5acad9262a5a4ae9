import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, loadContent } from './load';

const fixtures = path.resolve('tests/fixtures/content');

describe('loadContent on valid content', () => {
	const { manifest, drafts, issues } = loadContent(path.join(fixtures, 'valid'));

	it('reports no issues', () => {
		expect(formatIssues(issues)).toBe('');
	});

	it('publishes articles and keeps drafts out', () => {
		const keys = manifest.articles.map((a) => `${a.locale}/${a.id}`).sort();
		expect(keys).toEqual(['en/invoice', 'en/password', 'nb/invoice']);
		expect(drafts.map((d) => d.id)).toEqual(['secret']);
	});

	it('reads frontmatter, slugs, headings and links', () => {
		const en = manifest.articles.find((a) => a.id === 'invoice' && a.locale === 'en')!;
		expect(en).toMatchObject({
			category: 'billing',
			slug: 'invoice',
			keywords: ['bill', 'receipt'],
			updated: '2026-10-01',
			links: ['password'],
			file: '/content/en/billing/invoice.md'
		});
		// the repeated heading gets a suffix, exactly as the rendered page's ids do
		expect(en.headings.map((h) => h.id)).toEqual(['download-an-invoice', 'pay-an-invoice', 'pay-an-invoice-2']);
		const nb = manifest.articles.find((a) => a.id === 'invoice' && a.locale === 'nb')!;
		expect(nb.slug).toBe('faktura');
		expect(manifest.categories.find((c) => c.locale === 'nb')).toMatchObject({ id: 'billing', slug: 'fakturering', order: 2 });
	});
});

describe('loadContent on broken content', () => {
	const { issues } = loadContent(path.join(fixtures, 'broken'));
	const lines = formatIssues(issues).split('\n');
	const expectIssue = (pattern: RegExp) => expect(lines.some((l) => pattern.test(l)), `${pattern} in\n${lines.join('\n')}`).toBe(true);

	it.each([
		['unknown locale folder', /^content\/xx:1: unknown locale folder "xx"/],
		['non-numeric order', /^content\/en\/billing\/index\.md:4: "order" must be a whole number/],
		['impossible date', /^content\/en\/billing\/bad-date\.md:5: "updated" must be a real date as YYYY-MM-DD \(got "2026-02-30"\)/],
		['misspelt key', /^content\/en\/billing\/bad-date\.md:6: unknown frontmatter key "titel"/],
		['curly braces', /^content\/en\/billing\/bad-date\.md:8: curly braces are read as code/],
		['level-one heading', /^content\/en\/billing\/links\.md:8: use ## and ###/],
		['link to a missing article', /^content\/en\/billing\/links\.md:10: link to missing article "does-not-exist"/],
		['link to a missing anchor', /^content\/en\/billing\/links\.md:10: link to missing anchor "#nowhere"/],
		['image without alt text', /^content\/en\/billing\/links\.md:12: image \/images\/missing\.png needs alt text/],
		['missing image', /^content\/en\/billing\/links\.md:12: missing image \/images\/missing\.png/],
		['duplicate slug', /^content\/en\/billing\/twin\.md:1: duplicate slug "shared-slug" in en/],
		['no frontmatter', /^content\/en\/billing\/no-frontmatter\.md:1: missing frontmatter/],
		['YAML syntax error', /^content\/en\/billing\/bad-yaml\.md:\d+: frontmatter: /],
		['missing required key', /^content\/nb\/billing\/twin\.md:1: missing frontmatter key "keywords"/],
		['invalid slug', /^content\/nb\/billing\/twin\.md:5: "slug" must be lowercase ASCII/],
		['category without an English index', /^content\/nb\/ghost\/index\.md:1: unknown category "ghost"/],
		['article in an unknown category', /^content\/nb\/ghost\/lost\.md:1: unknown category "ghost"/],
		['synonym group of one', /^content\/en\/synonyms\.txt:3: a synonym group needs at least two entries/],
		['empty synonym', /^content\/en\/synonyms\.txt:4: empty synonym/],
		['stray file', /^content\/en\/notes\.txt:1: unexpected file/]
	])('reports %s with file and line', (_, pattern) => {
		expectIssue(pattern);
	});
});
