import { dummyHash, verifyPassword } from '../auth/password';
import { invalidateSession, invalidateUserSessions } from '../auth/session';
import { countHit, resetCount } from '../db/rate-limits';
import { findUserByEmail, type User } from '../db/users';
import { MINUTE, overLimit, startSession, type Ctx, type LoggedIn, type Throttled } from './common';

/** Failed logins: the account locks after 10 in a row (15 minutes), an address after 50. */
export const LOGIN_LIMITS = { account: 10, address: 50, windowMs: 15 * MINUTE };

/** Log in. Throttled before any hashing; a wrong email and a wrong password fail alike (and take as long). */
export async function login(
	ctx: Ctx,
	email: string,
	password: string
): Promise<(LoggedIn & { user: User }) | { ok: false } | Throttled> {
	const accountKey = `login:acct:${email.toLowerCase()}`;
	const addressKey = `login:ip:${ctx.ip}`;
	if (
		(await overLimit(ctx, accountKey, LOGIN_LIMITS.account, LOGIN_LIMITS.windowMs)) ||
		(await overLimit(ctx, addressKey, LOGIN_LIMITS.address, LOGIN_LIMITS.windowMs))
	) {
		return { throttled: true, minutes: LOGIN_LIMITS.windowMs / MINUTE };
	}
	const user = await findUserByEmail(ctx.db, email);
	const valid = user?.password_hash
		? await verifyPassword(user.password_hash, password)
		: (await verifyPassword(await dummyHash(), password), false);
	if (!valid || !user) {
		await countHit(ctx.db, accountKey, LOGIN_LIMITS.windowMs, ctx.now);
		await countHit(ctx.db, addressKey, LOGIN_LIMITS.windowMs, ctx.now);
		return { ok: false };
	}
	await resetCount(ctx.db, accountKey);
	// a new session on every login: a token planted before login is worth nothing after it
	return { ...(await startSession(ctx, user.id)), user };
}

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
	await invalidateSession(ctx.db, sessionId);
}

export async function logoutEverywhere(ctx: Ctx, userId: string): Promise<void> {
	await invalidateUserSessions(ctx.db, userId);
}
