import { json } from '@sveltejs/kit';
import { LoginSchema } from '$lib/schemas/auth';
import { login, publicUser } from '$lib/server/accounts';
import { setSessionCookie } from '$lib/server/auth/session';
import { translator } from '$lib/server/i18n';
import { readValidBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { apiError, throttledResponse } from '$lib/server/http/respond';

/** 200 with the account and a session cookie; 401 alike for a wrong email or password; 429 when throttled. */
export const POST = async (event) => {
	const LL = translator(event.locals.locale);
	const { email, password } = await readValidBody(event.request, LoginSchema);
	const result = await login(await ctxOf(event), email, password);
	if ('throttled' in result) return throttledResponse(result);
	if (!result.ok) return apiError(401, 'invalid_credentials', LL.errors.wrongCredentials());
	setSessionCookie(event.cookies, result.token, result.expiresAt, event.url.protocol === 'https:');
	return json({ user: publicUser(result.user) });
};
