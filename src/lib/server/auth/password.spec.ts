import { describe, expect, it } from 'vitest';
import { itMaps } from '$lib/testing/maps';
import { hashPassword, isCommonPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
	it('hashes with argon2id and verifies', async () => {
		const hash = await hashPassword('correct horse battery staple');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
		expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});

	itMaps(passwordProblem, [
		['short7!', 'tooShort'],
		['x'.repeat(129), 'tooLong'],
		['password1', 'common'],
		['Qwerty123', 'common'],
		['iloveyou', 'common'],
		['correct horse battery staple', undefined],
		['ø'.repeat(8), undefined],
		['x'.repeat(128), undefined]
	]);

	it('knows the 10,000 most common passwords', () => {
		expect(isCommonPassword('123456')).toBe(true);
		expect(isCommonPassword('trustno1')).toBe(true);
		expect(isCommonPassword('a passphrase nobody uses')).toBe(false);
	});
});
