import { describe, expect, it } from 'vitest';
import { itMaps } from '$lib/testing/maps';
import { maskQuery } from './privacy';

describe('maskQuery', () => {
	itMaps(maskQuery, [
		['reset password for kari.nordmann@example.no', 'reset password for [email]'],
		['ring meg på +47 912 34 567', 'ring meg på [phone]'],
		['позвоните 8 (912) 345-67-89', 'позвоните [phone]'],
		['order 100234987 not arrived', 'order [number] not arrived'],
		['card 4111111111111111', 'card [number]'],
		['SV-1042 status', 'SV-1042 status'],
		['2 year warranty 2026', '2 year warranty 2026'],
		['  glemt   passord  ', 'glemt passord']
	]);

	it('caps the stored length', () => {
		expect(maskQuery('a'.repeat(500))).toHaveLength(200);
	});
});
