import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentIndex } from '$lib/content/resolve';
import { translator } from '$lib/server/i18n';
import { loadContent } from './load';
import { readerContext, renderArticle } from './articles';

const loaded = await loadContent(path.resolve('tests/fixtures/content/valid'));
const index = new ContentIndex(loaded.manifest);
// the template the build writes for the article, filled as the article page fills it
const renderFixture = async (file: string, reader: 'en' | 'nb' | 'ru') =>
	renderArticle(loaded.templates[`/content/${file}`]!, reader, index, translator(reader));

describe('readerContext', () => {
	it('points article links at the reader’s locale, translated or not', () => {
		const nb = readerContext('nb', index, translator('nb'));
		expect(nb.href('invoice')).toBe('/nb/fakturering/faktura');
		expect(nb.href('password', 'reset-it')).toBe('/nb/access/password#reset-it');
	});

	it('drops an anchor the reader’s version does not have', () => {
		expect(readerContext('nb', index, translator('nb')).href('invoice', 'pay-an-invoice')).toBe('/nb/fakturering/faktura');
		expect(readerContext('en', index, translator('en')).href('invoice', 'pay-an-invoice')).toBe('/en/billing/invoice#pay-an-invoice');
	});
});

describe('an article’s template filled for a reader', () => {
	it('resolves article links to the reader’s URL', async () => {
		const html = await renderFixture('en/billing/invoice.md', 'nb');
		expect(html).toContain('<a href="/nb/access/password#reset-it">the password article</a>');
		expect(html).not.toContain('article:');
	});

	it('shows braces an editor typed as braces', async () => {
		expect(await renderFixture('en/billing/invoice.md', 'en')).toContain('Their numbers look like {INV-2026-001}, in braces.');
	});

	it('labels callouts in the reader’s UI language', async () => {
		const label = translator('ru').callout.tip();
		expect(label).not.toBe(translator('en').callout.tip());
		expect(await renderFixture('en/billing/invoice.md', 'ru')).toContain(
			`<aside class="callout callout-tip" data-callout="tip" aria-label="${label}"><p class="callout-title">${label}</p><p>Pay by card to skip the wait.</p></aside>`
		);
	});
});
