import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, loadContent } from './load';

const fixtures = path.resolve('tests/fixtures/content');
const valid = await loadContent(path.join(fixtures, 'valid'));
const broken = await loadContent(path.join(fixtures, 'broken'));

describe('loadContent on valid content', () => {
	const { manifest, drafts, issues } = valid;

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
	const { issues } = broken;
	const lines = formatIssues(issues).split('\n');
	const expectIssue = (pattern: RegExp) => expect(lines.some((l) => pattern.test(l)), `${pattern} in\n${lines.join('\n')}`).toBe(true);

	it.each([
		['unknown locale folder', /^content\/xx:1: unknown locale folder "xx"/],
		['non-numeric order', /^content\/en\/billing\/index\.md:4: "order" must be a whole number/],
		['impossible date', /^content\/en\/billing\/bad-date\.md:5: "updated" must be a real date as YYYY-MM-DD \(got "2026-02-30"\)/],
		['misspelt key', /^content\/en\/billing\/bad-date\.md:6: unknown frontmatter key "titel"/],
		['level-one heading', /^content\/en\/billing\/links\.md:8: use ## and ###/],
		['link to a missing article', /^content\/en\/billing\/links\.md:10: link to missing article "does-not-exist"/],
		['link to a missing anchor', /^content\/en\/billing\/links\.md:10: link to missing anchor "#nowhere"/],
		['image without alt text', /^content\/en\/billing\/links\.md:12: image \/images\/missing\.png needs alt text/],
		['missing image', /^content\/en\/billing\/links\.md:12: missing image \/images\/missing\.png/],
		['unknown callout', /^content\/en\/billing\/links\.md:14: unknown callout "\[!DANGER\]"/],
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

	it('lets editors write braces', () => {
		expect(lines.filter((l) => l.startsWith('content/en/billing/bad-date.md:8'))).toEqual([]);
	});
});

describe('the search text of an article', () => {
	it('comes from the rendered tree: headings and callout text in, markup and callout marks out', () => {
		expect(valid.texts['/content/en/billing/invoice.md']).toBe(
			'Invoices arrive by email. See the password article. Their numbers look like {INV-2026-001}, in braces. Download an invoice Invoice screen Pay an invoice Pay by card to skip the wait. Pay an invoice'
		);
	});
});
