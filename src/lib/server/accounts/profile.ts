// The account page and GET /api/v1/me: the signed-in person's own details, password, address and deletion.
import type { Locale } from '$lib/i18n/locales';
import { hashPassword, verifyPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { publish, sessionTag } from '../live';
import type { DB } from '../db';
import { anonymiseUser, findUserByEmail, findUserById, updateUser, type User } from '../db/users';
import { localeOf, type Ctx } from './common';
import { sendNotice, sendTokenMail } from './mails';

/** The account of a signed-in user, or undefined once it is deleted. */
export function accountOf(db: DB, userId: string): Promise<User | undefined> {
	return findUserById(db, userId);
}

async function passwordMatches(user: User, password: string): Promise<boolean> {
	return !!user.password_hash && (await verifyPassword(user.password_hash, password));
}

/** Change the password: the current one is required; every other session ends. */
export async function changePassword(
	ctx: Ctx,
	user: User,
	sessionId: string,
	current: string,
	next: string
): Promise<boolean> {
	if (!(await passwordMatches(user, current))) return false;
	const passwordHash = await hashPassword(next);
	await ctx.db.transaction().execute(async (trx) => {
		await updateUser(trx, user.id, { password_hash: passwordHash });
		await invalidateUserSessions(trx, user.id, sessionId);
		await sendNotice(ctx, trx, user, { kind: 'passwordChanged' });
	});
	publish({ type: 'end', user: user.id, keep: sessionTag(sessionId) });
	return true;
}

/** Change the email: confirmed from the new address (the old one is told when it happens). */
export async function requestEmailChange(
	ctx: Ctx,
	user: User,
	newEmail: string,
	password: string
): Promise<boolean> {
	if (!(await passwordMatches(user, password))) return false;
	// a taken address is answered like a free one, and gets nothing: no enumeration
	if (await findUserByEmail(ctx.db, newEmail)) return true;
	await ctx.db
		.transaction()
		.execute((trx) =>
			sendTokenMail(ctx, trx, user, newEmail, localeOf(user), 'email', { newEmail })
		);
	return true;
}

export async function updateProfile(
	ctx: Ctx,
	user: User,
	profile: {
		name: string;
		locale: Locale;
		shopName: string | null;
		shopUrl: string | null;
		phone: string | null;
	}
): Promise<void> {
	await updateUser(ctx.db, user.id, {
		name: profile.name,
		locale: profile.locale,
		shop_name: profile.shopName,
		shop_url: profile.shopUrl,
		phone: profile.phone
	});
}

export async function deleteAccount(ctx: Ctx, user: User, password: string): Promise<boolean> {
	if (!(await passwordMatches(user, password))) return false;
	await anonymiseUser(ctx.db, user.id, ctx.now);
	return true;
}

/** The account as the API and the account page show it. */
export function publicUser(user: User) {
	return {
		id: user.id,
		email: user.email!,
		name: user.name,
		role: user.role,
		locale: localeOf(user),
		emailVerified: user.email_verified_at !== null,
		shopName: user.shop_name,
		shopUrl: user.shop_url,
		phone: user.phone,
		createdAt: new Date(user.created_at).toISOString()
	};
}
