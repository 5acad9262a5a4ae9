import type { RequestEvent } from '@sveltejs/kit';
import { apiError } from './api';
import type { SessionUser } from './auth/session';
import { translator } from './i18n';

/** The session's user, or the 401 Response an API endpoint returns (in the JSON error shape). */
export function apiUser(event: Pick<RequestEvent, 'locals'>): SessionUser | Response {
	return (
		event.locals.user ??
		apiError(401, 'unauthorized', translator(event.locals.locale).errors.unauthorized())
	);
}
