import { describe, expect, it } from 'vitest';
import { unreadableBytes, unreadableEncoded, unreadableText, unreadableUrl } from './unreadable';

describe('unreadable text', () => {
	it('finds NUL and bytes that are no UTF-8, and takes every real character', () => {
		const bytes = (...b: number[]) => Uint8Array.from(b);
		expect(unreadableBytes(bytes(0x41, 0x00, 0x42))).toBe(true);
		expect(unreadableBytes(bytes(0x41, 0xff))).toBe(true);
		expect(unreadableBytes(bytes(0xc3))).toBe(true);
		// a surrogate encoded on its own (CESU-8) is no UTF-8 either
		expect(unreadableBytes(bytes(0xed, 0xa0, 0x80))).toBe(true);
		expect(unreadableBytes(new TextEncoder().encode('blåbærsyltetøy · Привет · مرحبا · 🧶'))).toBe(
			false
		);
		expect(unreadableText('a\0b')).toBe(true);
		expect(unreadableText('a\ud800b')).toBe(true);
		expect(unreadableText('\udc00')).toBe(true);
		expect(unreadableText('🧶 ok')).toBe(false);
	});

	it('reads percent escapes as bytes; a "%" that starts no escape is itself', () => {
		for (const bad of ['%00', 'a%FF', '%ed%a0%80', '%C3', 'q=%C3%28'])
			expect(unreadableEncoded(bad), bad).toBe(true);
		for (const good of ['100%', '%zz', 'bl%C3%A5b%C3%A6r', 'a+b', '%E2%82%AC', 'Привет', ''])
			expect(unreadableEncoded(good), good).toBe(false);
	});

	it('judges a URL by its path and query string', () => {
		expect(unreadableUrl(new URL('http://x/api/v1/tickets/%00'))).toBe(true);
		expect(unreadableUrl(new URL('http://x/en/search?q=%FF'))).toBe(true);
		expect(unreadableUrl(new URL('http://x/en/search?q=%00&locale=en'))).toBe(true);
		expect(unreadableUrl(new URL('http://x/nb/søk?q=blåbær'))).toBe(false);
		expect(unreadableUrl(new URL('http://x/en/search?q=100%'))).toBe(false);
	});
});
