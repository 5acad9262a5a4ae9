import { describe, expect, it } from 'vitest';
import { TypoIndex, withinOneEdit } from './typo';

describe('withinOneEdit', () => {
	it.each([
		['password', 'password', true],
		['pasword', 'password', true],
		['passwrd', 'password', true],
		['passwodr', 'password', true],
		['pessword', 'password', true],
		['pwssaord', 'password', false],
		['pass', 'password', false],
		['доставка', 'дставка', true],
		['garanti', 'garnati', true],
		['warranty', 'wiranty', false],
		['garanti', 'garnti', true]
	])('%s ~ %s → %s', (a, b, expected) => {
		expect(withinOneEdit(a, b)).toBe(expected);
		expect(withinOneEdit(b, a)).toBe(expected);
	});
});

describe('TypoIndex', () => {
	const index = new TypoIndex(['password', 'delivery', 'return', 'warranty', 'card']);

	it('finds words one edit away', () => {
		expect(index.corrections('pasword')).toEqual(['password']);
		expect(index.corrections('delivry')).toEqual(['delivery']);
		expect(index.corrections('warrranty')).toEqual(['warranty']);
	});

	it('does not correct words it knows, or short words', () => {
		expect(index.corrections('password')).toEqual([]);
		expect(index.corrections('crd')).toEqual([]);
		expect(index.corrections('xyzzyq')).toEqual([]);
	});
});
