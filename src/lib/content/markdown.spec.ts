import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { headingId, rehypeHeadings, remarkCallouts } from './markdown.js';

const toHtml = async (md: string) =>
	(await compile(md, { smartypants: false, remarkPlugins: [remarkCallouts], rehypePlugins: [rehypeHeadings] }))?.code ?? '';

describe('headingId', () => {
	it.each([
		['Download an invoice', 'download-an-invoice'],
		['Was tun, wenn’s klemmt?', 'was-tun-wenns-klemmt'],
		['Почему не по телефону?', 'почему-не-по-телефону'],
		['Glemt passordet – hva nå?', 'glemt-passordet-hva-nå'],
		['  ', 'section']
	])('%j → %s', (text, id) => {
		expect(headingId(text)).toBe(id);
	});

	it('numbers repeats within one document', () => {
		const used = new Map<string, number>();
		expect([headingId('Tips', used), headingId('Tips', used), headingId('Tips', used)]).toEqual(['tips', 'tips-2', 'tips-3']);
	});
});

describe('mdsvex with Svar plugins', () => {
	it('gives h2 and h3 ids and self-links', async () => {
		const html = await toHtml('## Как вернуть товар\n\ntext\n\n### Шаг 1');
		expect(html).toContain('<h2 id="как-вернуть-товар"><a href="#как-вернуть-товар" class="heading-link">Как вернуть товар</a></h2>');
		expect(html).toContain('<h3 id="шаг-1">');
	});

	it.each(['NOTE', 'TIP', 'WARNING'])('turns a [!%s] blockquote into an aside', async (kind) => {
		const html = await toHtml(`> [!${kind}]\n> Keep the box.`);
		expect(html).toMatch(new RegExp(`<aside class="callout callout-${kind.toLowerCase()}" data-callout="${kind.toLowerCase()}">`));
		expect(html).toContain('Keep the box.');
		expect(html).not.toContain('[!');
	});

	it('leaves ordinary blockquotes alone', async () => {
		const html = await toHtml('> Just a quote.');
		expect(html).toContain('<blockquote>');
		expect(html).not.toContain('callout');
	});

	it('renders tables and keeps article: links for the page to resolve', async () => {
		const html = await toHtml('| Day | Hours |\n|---|---|\n| Mon | 8–16 |\n\nSee [this](article:open-ticket).');
		expect(html).toContain('<table>');
		expect(html).toContain('href="article:open-ticket"');
	});
});
