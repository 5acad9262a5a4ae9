import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ProfileSchema, SignupSchema, webAddress } from './auth';

const profile = (shopUrl: string) =>
	v.safeParse(ProfileSchema, { name: 'Kari', locale: 'nb', shopUrl });

describe('the shop address', () => {
	it('takes a bare domain as people write it, and stores it with https://', () => {
		for (const [typed, stored] of [
			['karisgarn.no', 'https://karisgarn.no'],
			['  www.karisgarn.no/butikk ', 'https://www.karisgarn.no/butikk'],
			['http://karisgarn.no', 'http://karisgarn.no'],
			['HTTPS://KarisGarn.no', 'https://KarisGarn.no'],
			['strikk-og-garn.co.uk', 'https://strikk-og-garn.co.uk'],
			['kårisgarn.no', 'https://kårisgarn.no']
		] as const) {
			const parsed = profile(typed);
			expect(parsed.success, typed).toBe(true);
			expect(parsed.output, typed).toMatchObject({ shopUrl: stored });
		}
	});

	it('refuses what is not a web address, with the invalidUrl message', () => {
		for (const typed of [
			'my shop',
			'karisgarn',
			'ftp://karisgarn.no',
			'javascript:alert(1)',
			'kari:secret@karisgarn.no',
			'-karisgarn.no',
			'karisgarn..no',
			'karisgarn.n0'
		]) {
			const parsed = profile(typed);
			expect(parsed.success, typed).toBe(false);
			expect(parsed.issues?.[0]?.message, typed).toBe('invalidUrl');
		}
	});

	it('stays optional: empty is null', () => {
		expect(profile('').output).toMatchObject({ shopUrl: null });
		expect(webAddress('')).toBeUndefined();
	});

	it('sign-up normalizes the same way', () => {
		const parsed = v.safeParse(SignupSchema, {
			name: 'Kari',
			email: 'kari@example.test',
			password: 'strikkepinner og garn 42',
			locale: 'nb',
			shopUrl: 'karisgarn.no'
		});
		expect(parsed.output).toMatchObject({ shopUrl: 'https://karisgarn.no' });
	});
});
