import { redirect } from '@sveltejs/kit';
import { logout } from '$lib/server/accounts';
import { deleteSessionCookie } from '$lib/server/auth/session';
import { ctxOf } from '$lib/server/http/context';

// Logging out is a POST (a link or an image elsewhere must not be able to log anyone out).
export const prerender = false;

export const actions = {
	default: async (event) => {
		if (event.locals.session) await logout(await ctxOf(event), event.locals.session.id);
		deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, `/${event.params.lang}/login?loggedOut`);
	}
};
