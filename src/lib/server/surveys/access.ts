// Who may answer a survey now: the emailed link works once; what follows the first answer is carried by an
// HttpOnly cookie holding a second secret (or by the customer's own session on their ticket), for 7 days.
import type { Cookies } from '@sveltejs/kit';
import { sameHash, sha256 } from '../auth/crypto';
import type { DB } from '../db';
import { findSurvey, type Survey } from '../db/surveys';

/** How long answers may be changed after the first one. */
export const EDIT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
export const SURVEY_COOKIE = 'svar_survey';

export type Access =
	| { kind: 'first'; survey: Survey }
	| { kind: 'edit'; survey: Survey }
	| { kind: 'view'; survey: Survey; reason: 'used' | 'closed' | 'expired' };
export type LinkAccess = Access | { kind: 'invalid' };

/** One cookie per survey, so two surveys in one browser do not overwrite each other. */
export function surveyCookieName(token: string): string {
	const id = token.split('.')[0] ?? '';
	return `${SURVEY_COOKIE}_${/^[0-9a-f-]{36}$/.test(id) ? id.replace(/-/g, '') : 'x'}`;
}

/** The edit cookie: HttpOnly, for the edit window only. */
export function setSurveyCookie(
	cookies: Cookies,
	token: string,
	value: string,
	secure: boolean,
	now: number
): void {
	cookies.set(surveyCookieName(token), value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: new Date(now + EDIT_WINDOW_MS)
	});
}

/** What a link (plus the cookie or session that came with it) allows now. */
export async function accessByToken(
	db: DB,
	token: string,
	now: number,
	cookie: string | undefined
): Promise<LinkAccess> {
	const [id = '', secret = '', ...rest] = token.split('.');
	if (rest.length || !/^[0-9a-f-]{36}$/.test(id) || secret.length < 16 || secret.length > 64)
		return { kind: 'invalid' };
	const survey = await findSurvey(db, id);
	if (!survey?.token_hash || !sameHash(survey.token_hash, sha256(secret)))
		return { kind: 'invalid' };
	return access(survey, now, cookie);
}

/** What the survey allows: `owner` is the customer signed in on their own ticket. */
export function access(
	survey: Survey,
	now: number,
	cookie: string | undefined,
	owner = false
): Access {
	if (survey.used_at === null) {
		if (survey.expires_at !== null && now > Number(survey.expires_at))
			return { kind: 'view', survey, reason: 'expired' };
		return { kind: 'first', survey };
	}
	const mayEdit = owner || editCookieMatches(survey, cookie);
	if (!mayEdit) return { kind: 'view', survey, reason: 'used' };
	if (survey.answered_at !== null && now > Number(survey.answered_at) + EDIT_WINDOW_MS)
		return { kind: 'view', survey, reason: 'closed' };
	return { kind: 'edit', survey };
}

function editCookieMatches(survey: Survey, cookie: string | undefined): boolean {
	if (!cookie || !survey.edit_hash) return false;
	const [id, secret = ''] = cookie.split('.');
	return id === survey.id && sameHash(survey.edit_hash, sha256(secret));
}

/** The end of the 7 days for changes, once answered. */
export function editableUntil(survey: Survey): string | null {
	return survey.answered_at
		? new Date(Number(survey.answered_at) + EDIT_WINDOW_MS).toISOString()
		: null;
}
