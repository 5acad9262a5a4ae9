import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { integer, integerField, INT_MAX } from './integer';

const field = integerField(1, INT_MAX, 'versionRequired');

describe('bounded integers', () => {
	it('take a whole number within the bounds, from JSON or as the digits of a form field', () => {
		for (const [sent, read] of [
			[1, 1],
			[INT_MAX, INT_MAX],
			['7', 7],
			[' 12 ', 12],
			['+3', 3],
			[String(INT_MAX), INT_MAX]
		] as const)
			expect(v.parse(field, sent), JSON.stringify(sent)).toBe(read);
	});

	it('refuse what no column could hold, and what is no whole number, with the one message', () => {
		for (const sent of [
			99999999999,
			1e30,
			'99999999999',
			'1e30',
			INT_MAX + 1,
			0,
			-1,
			1.5,
			'1.0',
			'',
			'x',
			'9'.repeat(400),
			true,
			null,
			[1]
		]) {
			const parsed = v.safeParse(field, sent);
			expect(parsed.success, JSON.stringify(sent)).toBe(false);
			expect(
				parsed.issues?.map((i) => i.message),
				JSON.stringify(sent)
			).toEqual(['versionRequired']);
		}
	});

	it('as a JSON number only, refuse text', () => {
		expect(v.safeParse(integer(0, 10), '5').success).toBe(false);
		expect(v.safeParse(integer(0, 10), 11).success).toBe(false);
		expect(v.parse(integer(0, 10), 10)).toBe(10);
	});
});
