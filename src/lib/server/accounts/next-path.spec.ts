import { describe } from 'vitest';
import { itMaps } from '$lib/testing/maps';
import { safeNext } from './next-path';

describe('safeNext', () => {
	itMaps(
		(next) => safeNext(next, '/fallback'),
		[
			['/nb/contact?article=open-ticket', '/nb/contact?article=open-ticket'],
			['/en/support/SV-1042#reply', '/en/support/SV-1042#reply'],
			['//evil.example/x', '/fallback'],
			['/\\evil.example', '/fallback'],
			['https://evil.example/', '/fallback'],
			['javascript:alert(1)', '/fallback'],
			['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
			['', '/fallback'],
			[null, '/fallback']
		]
	);
});
