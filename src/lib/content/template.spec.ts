import { describe, expect, it } from 'vitest';
import { fillTemplate, hastToTemplate, slot, type Slot } from './template.js';

const fill = (s: Slot) => (s[0] === 'href' ? `/nb/a/${s[1]}?x&y="z"` : `<${s[1]}> & "more"`);

describe('fillTemplate', () => {
	it('fills each slot for the reader, escaped as an attribute value inside one and as text elsewhere', () => {
		const template = hastToTemplate({
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'p',
					children: [
						{
							type: 'element',
							tagName: 'a',
							properties: { href: slot(['href', 'invoice', 'pay']) },
							children: [{ type: 'text', value: 'Pay' }]
						},
						{ type: 'raw', value: slot(['callout', 'tip']) }
					]
				}
			]
		});
		expect(fillTemplate(template, fill)).toBe(
			'<p><a href="/nb/a/invoice?x&amp;y=&quot;z&quot;">Pay</a>&lt;tip> &amp; "more"</p>'
		);
	});

	it('hands the slot’s arguments to the reader', () => {
		const seen: Slot[] = [];
		fillTemplate(`<a href="x">${slot(['href', 'a', 'b'])}${slot(['href', 'c'])}</a>`, (s) => {
			seen.push(s);
			return '';
		});
		expect(seen).toEqual([
			['href', 'a', 'b'],
			['href', 'c']
		]);
	});

	it('leaves a template without slots as it is', () => {
		expect(fillTemplate('<p>a &amp; b</p>', fill)).toBe('<p>a &amp; b</p>');
	});
});
