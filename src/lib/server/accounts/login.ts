import { dummyHash, verifyPassword } from '../auth/password';
import { invalidateSession, invalidateUserSessions } from '../auth/session';
import { countHit, passGate, refundHit, resetCount, takeHit } from '../db/rate-limits';
import { findUserByEmail, type User } from '../db/users';
import { publish, sessionTag } from '../live';
import { MINUTE, startSession, type Ctx, type LoggedIn, type Throttled } from './common';

/**
 * Login attempts, counted BEFORE the password is checked, so parallel guesses cannot slip past the count:
 * - one address on one account: 10 attempts in 15 minutes, then that address waits out the window;
 * - one address on any accounts: 50 attempts in 15 minutes;
 * - one account from anywhere: after 10 failed attempts in 15 minutes, attempts are spaced by a delay that
 *   doubles from 1 second up to `maxDelayMs`. Strangers elsewhere slow the owner down; they cannot lock them out.
 * A successful login clears its account's counters and gives the address its attempt back.
 */
export const LOGIN_LIMITS = {
	pair: 10,
	address: 50,
	account: 10,
	windowMs: 15 * MINUTE,
	maxDelayMs: MINUTE
};

/** The pause the account asks for before attempt number `count` (past the free ones). */
export function loginDelayMs(count: number): number {
	const doublings = Math.min(count - LOGIN_LIMITS.account - 1, 16);
	return Math.min(1000 * 2 ** doublings, LOGIN_LIMITS.maxDelayMs);
}

const throttledFor = (ms: number): Throttled => ({
	throttled: true,
	minutes: Math.ceil(ms / MINUTE),
	seconds: Math.ceil(ms / 1000)
});

/** Log in. Throttled before any hashing; a wrong email and a wrong password fail alike (and take as long). */
export async function login(
	ctx: Ctx,
	email: string,
	password: string
): Promise<(LoggedIn & { user: User }) | { ok: false } | Throttled> {
	const account = email.toLowerCase();
	const keys = {
		address: `login:ip:${ctx.ip}`,
		pair: `login:pair:${ctx.ip}:${account}`,
		account: `login:acct:${account}`,
		gate: `login:gate:${account}`
	};
	const { windowMs } = LOGIN_LIMITS;
	if (!(await takeHit(ctx.db, keys.address, LOGIN_LIMITS.address, windowMs, ctx.now)))
		return throttledFor(windowMs);
	if (!(await takeHit(ctx.db, keys.pair, LOGIN_LIMITS.pair, windowMs, ctx.now)))
		return throttledFor(windowMs);
	const attempts = await countHit(ctx.db, keys.account, windowMs, ctx.now);
	if (attempts > LOGIN_LIMITS.account) {
		const delay = loginDelayMs(attempts);
		if (!(await passGate(ctx.db, keys.gate, delay, ctx.now))) return throttledFor(delay);
	}
	const user = await findUserByEmail(ctx.db, email);
	const valid = user?.password_hash
		? await verifyPassword(user.password_hash, password)
		: (await verifyPassword(await dummyHash(), password), false);
	if (!valid || !user) return { ok: false };
	await Promise.all([
		resetCount(ctx.db, keys.pair),
		resetCount(ctx.db, keys.account),
		refundHit(ctx.db, keys.address)
	]);
	// a new session on every login: a token planted before login is worth nothing after it
	return { ...(await startSession(ctx, user.id)), user };
}

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
	await invalidateSession(ctx.db, sessionId);
	// its open event streams end too, on whichever server they are
	publish({ type: 'end', session: sessionTag(sessionId) });
}

export async function logoutEverywhere(ctx: Ctx, userId: string): Promise<void> {
	await invalidateUserSessions(ctx.db, userId);
	publish({ type: 'end', user: userId });
}
