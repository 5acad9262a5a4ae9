import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentIndex } from '$lib/content/resolve';
import { loadContent } from './load';
import { translator } from '$lib/server/i18n';
import { localizeHtml } from './articles';

const index = new ContentIndex(loadContent(path.resolve('tests/fixtures/content/valid')).manifest);

describe('localizeHtml', () => {
	it('points article links at the reader’s locale, translated or not', () => {
		const html = '<a href="article:invoice">x</a> <a href="article:password#reset-it">y</a>';
		expect(localizeHtml(html, 'nb', index, translator('nb'))).toBe(
			'<a href="/nb/fakturering/faktura">x</a> <a href="/nb/access/password#reset-it">y</a>'
		);
	});

	it('drops an anchor the reader’s version does not have', () => {
		const html = '<a href="article:invoice#pay-an-invoice">x</a>';
		expect(localizeHtml(html, 'nb', index, translator('nb'))).toBe(
			'<a href="/nb/fakturering/faktura">x</a>'
		);
		expect(localizeHtml(html, 'en', index, translator('en'))).toBe(
			'<a href="/en/billing/invoice#pay-an-invoice">x</a>'
		);
	});

	it('labels callouts in the reader’s UI language', () => {
		const html = '<aside class="callout callout-tip" data-callout="tip"><p>Hi</p></aside>';
		const ru = localizeHtml(html, 'ru', index, translator('ru'));
		const label = translator('ru').callout.tip();
		expect(label).not.toBe(translator('en').callout.tip());
		expect(ru).toBe(
			`<aside class="callout callout-tip" data-callout="tip" aria-label="${label}"><p class="callout-title">${label}</p><p>Hi</p></aside>`
		);
	});
});
