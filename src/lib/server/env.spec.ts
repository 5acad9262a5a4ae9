import { describe, expect, it } from 'vitest';
import { readEnv, settings } from './env';

describe('the environment, read in one place', () => {
	it('names the server’s own address from ORIGIN, else from PORT, blanks counting as unset', () => {
		expect(settings.origin({ ORIGIN: ' https://help.example ' })).toBe('https://help.example');
		expect(settings.origin({ ORIGIN: '' })).toBeUndefined();
		expect(settings.ownOrigin({ PORT: '8080' })).toBe('http://localhost:8080');
		expect(settings.ownOrigin({})).toBe('http://localhost:3000');
	});

	it('takes the optional services and limits, with their defaults', () => {
		expect(settings.redisUrl({ REDIS_URL: '  ' })).toBeUndefined();
		expect(settings.customerContextUrl({})).toBe('');
		expect(settings.contentEditUrl({ CONTENT_EDIT_URL: 'https://git.example/edit/' })).toBe(
			'https://git.example/edit'
		);
		expect(settings.contentEditUrl({})).toBeNull();
		expect(settings.signupLimitPerHour({ SIGNUP_LIMIT_PER_HOUR: '1000' })).toBe(1000);
		expect(settings.signupLimitPerHour({ SIGNUP_LIMIT_PER_HOUR: 'many' })).toBe(20);
		expect(settings.signupLimitPerHour({ SIGNUP_LIMIT_PER_HOUR: '-3' })).toBe(20);
	});

	it('refuses a DATABASE_URL that is not PostgreSQL, saying what it got', () => {
		expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres:\/\/.*"mysql:…"/);
	});
});
