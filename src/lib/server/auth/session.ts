// Sessions as Lucia recommends (lucia-auth/lucia code/auth_session.ts): an opaque token "<id>.<secret>" in an
// HttpOnly cookie, only the secret's SHA-256 in the database, a constant-time comparison, and a sliding 30-day
// expiry that is written at most once an hour (not on every request).
import type { Cookies } from '@sveltejs/kit';
import type { DB } from '../db';
import {
	deleteSession,
	deleteUserSessions,
	extendSession,
	findSessionWithUser,
	insertSession,
	trimUserSessions,
	type SessionUser
} from '../db/sessions';
import { randomToken, sameHash, sha256 } from './crypto';

export type { SessionUser };

export const SESSION_COOKIE = 'svar_session';
export const SESSION_LIFETIME = 30 * 24 * 60 * 60 * 1000;
export const SESSION_REFRESH_INTERVAL = 60 * 60 * 1000;
/** Live sessions one account may hold; a new login ends the oldest beyond these. */
export const MAX_SESSIONS_PER_USER = 20;
const TOKEN_PART = /^[A-Za-z0-9_-]{1,64}$/;

export interface Session {
	id: string;
	userId: string;
	expiresAt: number;
}

export async function createSession(
	db: DB,
	userId: string,
	now: number
): Promise<{ token: string; session: Session }> {
	const id = randomToken(15);
	const secret = randomToken(20);
	const expiresAt = now + SESSION_LIFETIME;
	await insertSession(db, { id, secretHash: sha256(secret), userId, now, expiresAt });
	await trimUserSessions(db, userId, id, MAX_SESSIONS_PER_USER);
	return { token: `${id}.${secret}`, session: { id, userId, expiresAt } };
}

/** The session and user a cookie token names, or null; extends a live session at most hourly. */
export async function validateSessionToken(
	db: DB,
	token: string,
	now: number
): Promise<{ session: Session; user: SessionUser } | null> {
	// anything but two base64url parts (a NUL, say) is no token of ours: not signed in, without asking the database
	const [id = '', secret = '', ...rest] = token.split('.');
	if (rest.length || !TOKEN_PART.test(id) || !TOKEN_PART.test(secret)) return null;
	const row = await findSessionWithUser(db, id);
	if (!row || !sameHash(row.secret_hash, sha256(secret))) return null;
	if (row.expires_at <= now || row.deleted_at !== null || !row.email) {
		await deleteSession(db, id);
		return null;
	}
	let expiresAt = row.expires_at;
	if (now - row.refreshed_at >= SESSION_REFRESH_INTERVAL) {
		expiresAt = now + SESSION_LIFETIME;
		await extendSession(db, id, expiresAt, now);
	}
	return {
		session: { id, userId: row.user_id, expiresAt },
		user: {
			id: row.user_id,
			email: row.email,
			name: row.name,
			role: row.role,
			locale: row.locale,
			emailVerified: row.email_verified_at !== null
		}
	};
}

export function invalidateSession(db: DB, sessionId: string): Promise<void> {
	return deleteSession(db, sessionId);
}

/** End every session of a user, or every one but `keep` (the one changing the password). */
export function invalidateUserSessions(db: DB, userId: string, keep?: string): Promise<void> {
	return deleteUserSessions(db, userId, keep);
}

/**
 * A readable "signed in" hint beside the HttpOnly session, set and cleared with it: the prerendered help centre
 * knows no reader, and its island asks /api/v1/me only when this says someone is signed in (asking for nobody
 * would answer 401). It grants nothing; the session decides.
 */
export const SIGNED_IN_COOKIE = 'svar_signed_in';

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: number,
	secure: boolean
): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: new Date(expiresAt)
	});
	cookies.set(SIGNED_IN_COOKIE, '1', {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure,
		expires: new Date(expiresAt)
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
	cookies.delete(SIGNED_IN_COOKIE, { path: '/', httpOnly: false, sameSite: 'lax', secure });
}
