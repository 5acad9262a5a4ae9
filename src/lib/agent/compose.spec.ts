import { describe, expect, it } from 'vitest';
import { articleLink, insertAt } from './compose';
import { splitLinks } from '$lib/linkify';

const link = articleLink('Late delivery', 'https://help.example/ru/delivery/late-delivery');

describe('insertAt', () => {
	it('puts a link between two words with a space on each side, and the caret after it', () => {
		const value = 'Прочтите это:Заказ придёт';
		const at = 'Прочтите это:'.length;
		const r = insertAt(value, at, at, link);
		expect(r.value).toBe(`Прочтите это: ${link} Заказ придёт`);
		expect(r.value.slice(0, r.caret)).toBe(`Прочтите это: ${link} `);
		// the address stays one link and does not swallow the next word
		const links = splitLinks(r.value).filter((p) => p.link);
		expect(links.map((p) => p.part)).toEqual(['https://help.example/ru/delivery/late-delivery']);
	});

	it('adds nothing where a space or line break is already there', () => {
		expect(insertAt('Hi \nthere', 3, 3, link).value).toBe(`Hi ${link}\nthere`);
		expect(insertAt('', 0, 0, link).value).toBe(link);
	});

	it('replaces a selection', () => {
		expect(insertAt('see HERE now', 4, 8, link).value).toBe(`see ${link} now`);
	});

	it('puts several lines (a canned answer) on lines of their own', () => {
		expect(insertAt('Hello,thanks', 6, 6, 'Line one\nLine two').value).toBe(
			'Hello,\nLine one\nLine two\nthanks'
		);
	});

	it('on its own line at the end when the caret was never placed', () => {
		const r = insertAt('Hello', 5, 5, link, true);
		expect(r.value).toBe(`Hello\n${link}`);
		expect(r.caret).toBe(r.value.length);
	});
});
