import { createHash, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

export const VISITOR_COOKIE = 'svar_visitor';

/**
 * A random id that lets a visitor vote once per article (and change their mind) without an account. Only its
 * hash is stored; it is set when the visitor first votes, never just for reading.
 */
export function visitorHash(cookies: Cookies, secure: boolean): string {
	let id = cookies.get(VISITOR_COOKIE);
	if (!id || !/^[A-Za-z0-9_-]{22,64}$/.test(id)) {
		id = randomBytes(18).toString('base64url');
		cookies.set(VISITOR_COOKIE, id, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			httpOnly: true,
			sameSite: 'lax',
			secure
		});
	}
	return createHash('sha256').update(id).digest('hex');
}
