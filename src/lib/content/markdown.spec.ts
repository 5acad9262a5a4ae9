import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { itMaps } from '$lib/testing/maps';
import { headingId, markdownOptions, type MdData } from './markdown.js';
import { fillTemplate } from './template.js';

/** The article's template filled for a made-up reader, whose links go to /reader/<id> and labels say the kind. */
const compiled = async (md: string) => {
	const out = await compile(`---\ntitle: T\n---\n${md}`, markdownOptions());
	const svar = (out?.data as { svar: MdData }).svar;
	const html = fillTemplate(svar.template, (slot) =>
		slot[0] === 'href' ? `/reader/${slot[1]}${slot[2] ? `#${slot[2]}` : ''}` : `Label of ${slot[1]}`
	);
	return { html, svar };
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
		expect(html).toContain(`<aside class="callout callout-${k}" data-callout="${k}" aria-label="Label of ${k}">`);
		expect(html).toContain(`<p class="callout-title">Label of ${k}</p>`);
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
		expect(html).toContain('<a href="/reader/open-ticket">this</a>');
		expect(html).toContain('<a href="/reader/reset#step-2">that</a>');
		expect(svar.links).toEqual([
			{ id: 'open-ticket', anchor: undefined, line: 8 },
			{ id: 'reset', anchor: 'step-2', line: 8 }
		]);
	});

	it('keeps braces an editor types as braces, in text, code and attributes', async () => {
		const { html, svar } = await compiled('## Use {name}\n\nWrite {#if} or {x}, `{y}` and ![a {b}](/i.png "{t}").');
		expect(html).toContain('Write {#if} or {x}, <code>{y}</code> and');
		expect(html).toContain('<img src="/i.png" alt="a {b}" title="{t}"/>');
		expect(svar.headings[0]).toEqual({ depth: 2, id: 'use-name', text: 'Use {name}' });
		expect(svar.problems).toEqual([]);
	});

	it('escapes what HTML would read as markup, in text, code and attributes', async () => {
		const html = await toHtml('Fish & chips, 1 \\< 2 and `a<b && c>d`, ![x "y" & z](/i.png)');
		expect(html).toContain('Fish &amp; chips, 1 &lt; 2 and <code>a&lt;b &amp;&amp; c>d</code>');
		expect(html).toContain('alt="x &quot;y&quot; &amp; z"');
	});

	it('writes the HTML as the pages always had it: whitespace between blocks as one space, none inside tables', async () => {
		const html = await toHtml('Intro\nline two.\n\n- one\n- two\n\n| A | B |\n|---|---|\n| x | y |\n\n```\n  code\n    kept\n```\n\nBreak  \nhere');
		expect(html).toBe(
			'<p>Intro\nline two.</p> <ul><li>one</li> <li>two</li></ul> <table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>x</td><td>y</td></tr></tbody></table> <pre><code>  code\n    kept\n</code></pre> <p>Break<br/> here</p>'
		);
	});

	it('checks images: alt text and a path from static/, listing each path for the file look-up', async () => {
		const { svar } = await compiled('![](/a.png)\n\n![ok](img/b.png)\n\n![ok](/c.png)\n\n![ok](https://example.com/d.png)');
		expect(svar.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'4: image /a.png needs alt text: ![what it shows](/a.png)',
			'6: image img/b.png: use a path from static/, starting with /'
		]);
		expect(svar.images).toEqual([
			{ src: '/a.png', line: 4 },
			{ src: '/c.png', line: 8 }
		]);
	});

	it('makes the search text from the same tree: headings and callouts in, markup out', async () => {
		const { svar } = await compiled(
			'## Pay **now**\n\nSee [the `card` page](article:card).\n\n> [!TIP]\n> Keep _the_ box.\n\n- one\n- two\n\n| A | B |\n|---|---|\n| x | y |\n\n```\ncode {skipped}\n```\n\n![Screen](/s.png)'
		);
		expect(svar.text).toBe('Pay now See the card page. Keep the box. one two A B x y Screen');
	});
});
