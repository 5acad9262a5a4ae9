import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Role } from '../db/schema';
import type { SessionUser } from './session';

/**
 * The logged-in user, or (for a page) a redirect to the login page that comes back here afterwards, or (for an
 * API endpoint, /api/…) a 401. Each protected page calls this itself: no layout guard to forget.
 */
export function requireUser(): SessionUser {
	const { locals, url } = getRequestEvent();
	if (locals.user) return locals.user;
	if (url.pathname.startsWith('/api/')) error(401, 'unauthorized');
	redirect(303, `/${locals.locale}/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** Agents and admins only; customers get 403 (API) or a 404 page (a customer need not learn it exists). */
export function requireRole(...roles: Role[]): SessionUser {
	const user = requireUser();
	if (roles.includes(user.role)) return user;
	const { url } = getRequestEvent();
	if (url.pathname.startsWith('/api/')) error(403, 'forbidden');
	error(404, 'Not found');
}
