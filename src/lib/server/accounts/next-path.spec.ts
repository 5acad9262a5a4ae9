import { describe, expect, it } from 'vitest';
import { safeNext } from './next-path';

describe('safeNext', () => {
	it.each([
		['/nb/contact?article=open-ticket', '/nb/contact?article=open-ticket'],
		['/en/support/SV-1042#reply', '/en/support/SV-1042#reply'],
		['//evil.example/x', '/fallback'],
		['/\\evil.example', '/fallback'],
		['https://evil.example/', '/fallback'],
		['javascript:alert(1)', '/fallback'],
		['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
		['', '/fallback'],
		[null, '/fallback']
	])('%j → %j', (next, expected) => {
		expect(safeNext(next, '/fallback')).toBe(expected);
	});
});
