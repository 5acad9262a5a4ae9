import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { SessionUser } from '../auth/session';
import type { Role } from '../db/schema';
import { refuse } from './respond';

/**
 * Who may see what, for pages and API endpoints alike: each protected route calls one of these itself (no layout
 * guard to forget). A page sends the anonymous to the login page, which comes back here afterwards, and shows
 * anyone else without the role a 404 (a customer need not learn the workspace exists); an endpoint under /api/
 * answers 401 or 403 in the JSON error shape.
 */
export function requireUser(): SessionUser {
	const { locals, url } = getRequestEvent();
	if (locals.user) return locals.user;
	if (isApi(url)) refuse({ status: 401, code: 'unauthorized', message: 'unauthorized' });
	redirect(303, `/${locals.locale}/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** Agents and admins. */
export function requireStaff(): SessionUser {
	return requireRole(['agent', 'admin']);
}

/** Admins only. */
export function requireAdmin(): SessionUser {
	return requireRole(['admin']);
}

function requireRole(roles: Role[]): SessionUser {
	const user = requireUser();
	if (roles.includes(user.role)) return user;
	if (isApi(getRequestEvent().url))
		refuse({ status: 403, code: 'forbidden', message: 'forbidden' });
	error(404, 'Not found');
}

function isApi(url: URL): boolean {
	return url.pathname.startsWith('/api/');
}
