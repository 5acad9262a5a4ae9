import { consumeUserToken } from '../db/user-tokens';
import { findUserByEmail, findUserById, updateUser, type User } from '../db/users';
import { localeOf, startSession, type Ctx, type LoggedIn } from './common';
import { sendNotice, sendTokenMail, tokenHash } from './mails';

/**
 * Open a verification link: confirms the address (or, for an email change, switches to the new one) and logs
 * the person in, so they continue where they were going (the link carries the return path).
 */
export async function verifyEmail(
	ctx: Ctx,
	token: string
): Promise<(LoggedIn & { next: string | null; changedTo?: string }) | { ok: false }> {
	const hash = tokenHash(token);
	const result = await ctx.db.transaction().execute(async (trx) => {
		const row =
			(await consumeUserToken(trx, hash, 'verify', ctx.now)) ??
			(await consumeUserToken(trx, hash, 'email', ctx.now));
		const user = row && (await findUserById(trx, row.user_id));
		if (!row || !user) return undefined;
		const newEmail = row.kind === 'email' ? row.new_email : null;
		if (newEmail) {
			if (await findUserByEmail(trx, newEmail)) return undefined;
			await sendNotice(ctx, trx, user, { kind: 'emailChanged', email: newEmail });
			await updateUser(trx, user.id, { email: newEmail, email_verified_at: ctx.now });
			return { user, next: null, changedTo: newEmail };
		}
		await updateUser(trx, user.id, { email_verified_at: user.email_verified_at ?? ctx.now });
		return { user, next: row.next_path, changedTo: undefined };
	});
	if (!result) return { ok: false };
	return {
		...(await startSession(ctx, result.user.id)),
		next: result.next,
		changedTo: result.changedTo
	};
}

export async function resendVerification(ctx: Ctx, user: User): Promise<void> {
	if (user.email_verified_at) return;
	await ctx.db
		.transaction()
		.execute((trx) => sendTokenMail(ctx, trx, user, user.email!, localeOf(user), 'verify'));
}
