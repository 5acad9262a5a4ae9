// Sessions and the signed-in user they name: SQL only (the rules are in auth/session).
import type { DB } from './index';
import type { Role } from './schema';

/** Who is signed in, as every request sees them (locals.user). */
export interface SessionUser {
	id: string;
	email: string;
	name: string;
	role: Role;
	locale: string;
	emailVerified: boolean;
}

export async function insertSession(
	db: DB,
	s: { id: string; secretHash: string; userId: string; now: number; expiresAt: number }
): Promise<void> {
	await db
		.insertInto('sessions')
		.values({
			id: s.id,
			secret_hash: s.secretHash,
			user_id: s.userId,
			created_at: s.now,
			expires_at: s.expiresAt,
			refreshed_at: s.now
		})
		.execute();
}

/** The session row with its user's details, or undefined. */
export function findSessionWithUser(db: DB, id: string) {
	return db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.secret_hash',
			'sessions.user_id',
			'sessions.expires_at',
			'sessions.refreshed_at',
			'users.email',
			'users.name',
			'users.role',
			'users.locale',
			'users.email_verified_at',
			'users.deleted_at'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
}

export async function extendSession(
	db: DB,
	id: string,
	expiresAt: number,
	now: number
): Promise<void> {
	await db
		.updateTable('sessions')
		.set({ expires_at: expiresAt, refreshed_at: now })
		.where('id', '=', id)
		.execute();
}

export async function deleteSession(db: DB, id: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Every session of a user, or every one but `keep`. */
export async function deleteUserSessions(db: DB, userId: string, keep?: string): Promise<void> {
	let q = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (keep) q = q.where('id', '!=', keep);
	await q.execute();
}

/** Keep `current` and the user's `keep - 1` newest other sessions; end the older ones. Returns how many ended. */
export async function trimUserSessions(
	db: DB,
	userId: string,
	current: string,
	keep: number
): Promise<number> {
	const newest = db
		.selectFrom('sessions')
		.select('id')
		.where('user_id', '=', userId)
		.where('id', '!=', current)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.limit(keep - 1);
	const result = await db
		.deleteFrom('sessions')
		.where('user_id', '=', userId)
		.where('id', '!=', current)
		.where('id', 'not in', newest)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Delete sessions that have lapsed. Returns how many went. */
export async function deleteExpiredSessions(db: DB, now: number): Promise<number> {
	const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
	return Number(result.numDeletedRows);
}
