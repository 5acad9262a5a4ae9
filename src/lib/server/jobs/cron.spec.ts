import { describe, expect, it } from 'vitest';
import { cronAuthorized } from './cron';

describe('the jobs endpoint’s bearer token', () => {
	it('lets in the scheduler with the secret, and nobody without one', () => {
		expect(cronAuthorized('Bearer s3cret-long', 's3cret-long')).toBe(true);
		expect(cronAuthorized('Bearer s3cret-lon', 's3cret-long')).toBe(false);
		expect(cronAuthorized('s3cret-long', 's3cret-long')).toBe(false);
		expect(cronAuthorized(null, 's3cret-long')).toBe(false);
		expect(cronAuthorized('Bearer ', undefined)).toBe(false);
	});
});
