import type { Locale } from '$lib/i18n/locales';
import { hashPassword } from '../auth/password';
import { takeHit } from '../db/rate-limits';
import { findUserByEmail, insertUser } from '../db/users';
import { settings } from '../env';
import { safeNext } from './next-path';
import { MINUTE, throttled, type Ctx, type Throttled } from './common';
import { sendNotice, sendTokenMail } from './mails';

/** Sign-ups per client address an hour (SIGNUP_LIMIT_PER_HOUR): enough for an office behind one address. */
const SIGNUP_LIMIT = {
	perAddress: settings.signupLimitPerHour(),
	windowMs: 60 * MINUTE
};

export interface SignupInput {
	name: string;
	email: string;
	password: string;
	locale: Locale;
	shopName: string | null;
	shopUrl: string | null;
	phone: string | null;
	/** Where the verification link leads on to; kept only when it is a same-site path. */
	next?: string | null;
}

/**
 * Sign up. Answers the same whether or not the email is registered (no enumeration): a new address gets a
 * verification link; a registered one gets a note that it already has an account. Both take a password hash.
 */
export async function signup(ctx: Ctx, input: SignupInput): Promise<{ ok: true } | Throttled> {
	const key = `signup:ip:${ctx.ip}`;
	if (!(await takeHit(ctx.db, key, SIGNUP_LIMIT.perAddress, SIGNUP_LIMIT.windowMs, ctx.now)))
		return throttled(SIGNUP_LIMIT.windowMs / MINUTE);
	const passwordHash = await hashPassword(input.password);
	await ctx.db.transaction().execute(async (trx) => {
		const existing = await findUserByEmail(trx, input.email);
		if (existing) {
			await sendNotice(ctx, trx, existing, { kind: 'existing' });
			return;
		}
		const user = await insertUser(trx, { ...input, passwordHash, role: 'customer', now: ctx.now });
		await sendTokenMail(ctx, trx, user, user.email!, input.locale, 'verify', {
			nextPath: safeNext(input.next, '') || null
		});
	});
	return { ok: true };
}
