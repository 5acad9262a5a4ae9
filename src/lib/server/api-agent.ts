import type { RequestEvent } from '@sveltejs/kit';
import { apiError } from './api';
import { apiUser } from './api-auth';
import type { SessionUser } from './auth/session';
import type { Role } from './db/schema';
import { translator } from './i18n';

/** The session's user if they have one of these roles; otherwise 401 (anonymous) or 403, as a JSON error. */
export function apiStaff(
	event: Pick<RequestEvent, 'locals'>,
	roles: Role[] = ['agent', 'admin']
): SessionUser | Response {
	const user = apiUser(event);
	if (user instanceof Response) return user;
	if (roles.includes(user.role)) return user;
	return apiError(403, 'forbidden', translator(event.locals.locale).errors.forbidden());
}

/** A refusal from a ticket service as the JSON error shape; a conflict carries what changed and the version. */
export function refusalResponse(result: {
	status: number;
	code: string;
	message: string;
	fields?: Record<string, string>;
	changes?: unknown[];
	version?: number;
}): Response {
	if (result.status === 409)
		return Response.json(
			{
				error: { code: result.code, message: result.message },
				version: result.version,
				changes: result.changes ?? []
			},
			{ status: 409 }
		);
	return apiError(result.status, result.code, result.message, result.fields);
}
