import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { itMaps } from '$lib/testing/maps';
import { headingId, markdownOptions, type MdData } from './markdown.js';

const compiled = async (md: string, checks = {}) => {
	const out = await compile(`---\ntitle: T\n---\n${md}`, markdownOptions(checks));
	// the markup only, each tag on one line (mdsvex puts attributes holding an expression on lines of their own)
	const html = (out?.code ?? '').replace(/^[\s\S]*<\/script>\s*/, '').replace(/\n\s*(?=[a-z>])/g, ' ').replace(/ >/g, '>');
	return { html, svar: (out?.data as { svar: MdData }).svar };
};
const toHtml = async (md: string) => (await compiled(md)).html;

describe('headingId', () => {
	itMaps(headingId, [
		['Download an invoice', 'download-an-invoice'],
		['Was tun, wenn’s klemmt?', 'was-tun-wenns-klemmt'],
		['Почему не по телефону?', 'почему-не-по-телефону'],
		['Glemt passordet – hva nå?', 'glemt-passordet-hva-nå'],
		['  ', 'section']
	]);

	it('numbers repeats within one document', () => {
		const used = new Map<string, number>();
		expect([headingId('Tips', used), headingId('Tips', used), headingId('Tips', used)]).toEqual(['tips', 'tips-2', 'tips-3']);
	});
});

describe('mdsvex with Svar plugins', () => {
	it('gives h2 and h3 ids and self-links, and lists them', async () => {
		const { html, svar } = await compiled('## Как вернуть товар\n\ntext\n\n### Шаг 1');
		expect(html).toContain('<h2 id="как-вернуть-товар"><a href="#как-вернуть-товар" class="heading-link">Как вернуть товар</a></h2>');
		expect(html).toContain('<h3 id="шаг-1">');
		expect(svar.headings).toEqual([
			{ depth: 2, id: 'как-вернуть-товар', text: 'Как вернуть товар' },
			{ depth: 3, id: 'шаг-1', text: 'Шаг 1' }
		]);
	});

	it.each(['NOTE', 'TIP', 'WARNING'])('turns a [!%s] blockquote into an aside labelled for the reader', async (kind) => {
		const html = await toHtml(`> [!${kind}]\n> Keep the box.`);
		const k = kind.toLowerCase();
		expect(html).toContain(`<aside class="callout callout-${k}" data-callout="${k}" aria-label="{$$props.svar.callout('${k}')}">`);
		expect(html).toContain(`<p class="callout-title">{$$props.svar.callout('${k}')}</p>`);
		expect(html).toContain('Keep the box.');
		expect(html).not.toContain('[!');
	});

	it('leaves ordinary blockquotes alone', async () => {
		const html = await toHtml('> Just a quote.');
		expect(html).toContain('<blockquote>');
		expect(html).not.toContain('callout');
	});

	it('reports an unknown or empty callout with its line', async () => {
		const { svar } = await compiled('Text.\n\n> [!DANGER]\n> Careful.\n\n> [!TIP]');
		expect(svar.problems).toEqual([
			{ line: 6, message: 'unknown callout "[!DANGER]": use [!NOTE], [!TIP] or [!WARNING]' },
			{ line: 9, message: 'callout [!TIP] has no text' }
		]);
	});

	it('renders tables and leaves article: links to the reader, noting each with its line', async () => {
		const { html, svar } = await compiled('| Day | Hours |\n|---|---|\n| Mon | 8–16 |\n\nSee [this](article:open-ticket) and [that](article:reset#step-2).');
		expect(html).toContain('<table>');
		expect(html).toContain(`href="{$$props.svar.href('open-ticket')}"`);
		expect(html).toContain(`href="{$$props.svar.href('reset', 'step-2')}"`);
		expect(svar.links).toEqual([
			{ id: 'open-ticket', anchor: undefined, line: 8 },
			{ id: 'reset', anchor: 'step-2', line: 8 }
		]);
	});

	it('escapes braces in text and attributes, so Svelte reads them as characters', async () => {
		const { html, svar } = await compiled('## Use {name}\n\nWrite {#if} or {x} and ![a {b}](/i.png "{t}").');
		expect(html).not.toContain('{');
		expect(html).toContain('Write &#123;#if&#125; or &#123;x&#125;');
		expect(html).toContain('alt="a &#123;b&#125;"');
		expect(svar.headings[0]).toEqual({ depth: 2, id: 'use-name', text: 'Use {name}' });
		expect(svar.problems).toEqual([]);
	});

	it('checks images: alt text, a path from static/, the file', async () => {
		const { svar } = await compiled('![](/a.png)\n\n![ok](img/b.png)\n\n![ok](/c.png)', { imageExists: (src: string) => src !== '/c.png' });
		expect(svar.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'4: image /a.png needs alt text: ![what it shows](/a.png)',
			'6: image img/b.png: use a path from static/, starting with /',
			'8: missing image /c.png (no such file under static/)'
		]);
	});

	it('makes the search text from the same tree: headings and callouts in, markup out', async () => {
		const { svar } = await compiled(
			'## Pay **now**\n\nSee [the `card` page](article:card).\n\n> [!TIP]\n> Keep _the_ box.\n\n- one\n- two\n\n| A | B |\n|---|---|\n| x | y |\n\n```\ncode {skipped}\n```\n\n![Screen](/s.png)'
		);
		expect(svar.text).toBe('Pay now See the card page. Keep the box. one two A B x y Screen');
	});
});
