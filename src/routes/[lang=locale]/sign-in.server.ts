import { fail, type RequestEvent } from '@sveltejs/kit';
import type { TranslationFunctions } from '$locales/i18n-types';
import { setSessionCookie } from '$lib/server/auth/session';

// What the sign-in pages (log in, sign up, forgot, reset, set-up, verify) answer alike.

/** Too many tries from here: the form comes back as typed (never a password), how long to wait above it. */
export function throttled(
	values: Record<string, string>,
	minutes: number,
	LL: TranslationFunctions
) {
	return fail(429, { values, errors: {}, message: LL.errors.throttled({ minutes }) });
}

/** The reader is signed in from now on: the session's cookie, secure when the page came over https. */
export function signIn(event: RequestEvent, session: { token: string; expiresAt: number }) {
	setSessionCookie(
		event.cookies,
		session.token,
		session.expiresAt,
		event.url.protocol === 'https:'
	);
}
