import { isLocale, type Locale } from '$lib/i18n/locales';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { publish } from '../live';
import type { DB } from '../db';
import { countHit, takeHit } from '../db/rate-limits';
import { consumeUserToken, peekUserToken } from '../db/user-tokens';
import { findUserByEmail, findUserById, updateUser, type User } from '../db/users';
import { MINUTE, startSession, throttled, type Ctx, type LoggedIn, type Throttled } from './common';
import { sendNotice, sendTokenMail, tokenHash } from './mails';

const FORGOT_LIMIT = { perAddress: 20, perAccount: 5, windowMs: 60 * MINUTE };

/** Forgot password: the same answer whether or not the email is registered. */
export async function requestPasswordReset(
	ctx: Ctx,
	email: string,
	locale: Locale
): Promise<{ ok: true } | Throttled> {
	const addressKey = `forgot:ip:${ctx.ip}`;
	const accountKey = `forgot:acct:${email.toLowerCase()}`;
	if (!(await takeHit(ctx.db, addressKey, FORGOT_LIMIT.perAddress, FORGOT_LIMIT.windowMs, ctx.now)))
		return throttled(FORGOT_LIMIT.windowMs / MINUTE);
	// over the per-account limit: answer as usual, send nothing more (no mail bombing, no enumeration)
	if (
		(await countHit(ctx.db, accountKey, FORGOT_LIMIT.windowMs, ctx.now)) > FORGOT_LIMIT.perAccount
	)
		return { ok: true };
	await ctx.db.transaction().execute(async (trx) => {
		const user = await findUserByEmail(trx, email);
		if (!user) return;
		const userLocale = isLocale(user.locale) ? user.locale : locale;
		await sendTokenMail(ctx, trx, user, user.email!, userLocale, 'reset');
	});
	return { ok: true };
}

/** Whether a reset link can still be used (the page shows the form or says it has lapsed). */
export async function resetLinkValid(db: DB, token: string, now: number): Promise<boolean> {
	return !!(await peekUserToken(db, tokenHash(token), 'reset', now));
}

/** Set a new password from a reset link: the link proves the address, ends every session, and logs in anew. */
export async function resetPassword(
	ctx: Ctx,
	token: string,
	password: string
): Promise<(LoggedIn & { user: User }) | { ok: false }> {
	const passwordHash = await hashPassword(password);
	const result = await ctx.db.transaction().execute(async (trx) => {
		const row = await consumeUserToken(trx, tokenHash(token), 'reset', ctx.now);
		const user = row && (await findUserById(trx, row.user_id));
		if (!user) return undefined;
		await updateUser(trx, user.id, {
			password_hash: passwordHash,
			email_verified_at: user.email_verified_at ?? ctx.now
		});
		await invalidateUserSessions(trx, user.id);
		await sendNotice(ctx, trx, user, { kind: 'passwordChanged' });
		return user;
	});
	if (!result) return { ok: false };
	publish({ type: 'end', user: result.id });
	return { ...(await startSession(ctx, result.id)), user: result };
}
