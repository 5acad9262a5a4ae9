import { logout } from '$lib/server/accounts';
import { deleteSessionCookie } from '$lib/server/auth/session';
import { ctxOf } from '$lib/server/http/context';

/** Ends this session (its token stops working at once). 204, also when there was none. */
export const POST = async (event) => {
	if (event.locals.session) await logout(await ctxOf(event), event.locals.session.id);
	deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
	return new Response(null, { status: 204 });
};
