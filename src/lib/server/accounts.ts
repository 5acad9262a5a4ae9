// Accounts: every operation a page, an endpoint or the CLI performs on users, sessions and their emails.
// Routes parse input with the schemas in $lib/schemas/auth and call one of these; time and origin come in,
// so tests are deterministic.
import type { TranslationFunctions } from '$locales/i18n-types';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { isolate } from '$lib/i18n/isolate';
import { randomToken, sameHash, sha256 } from './auth/crypto';
import { dummyHash, hashPassword, verifyPassword } from './auth/password';
import { createSession, invalidateSession, invalidateUserSessions } from './auth/session';
import type { DB } from './db';
import { countHit, peekCount, resetCount } from './db/rate-limits';
import { readSetting, writeSetting } from './db/settings';
import type { Role, TokenKind } from './db/schema';
import { consumeUserToken, issueUserToken } from './db/user-tokens';
import {
	anonymiseUser,
	countUsers,
	findUserByEmail,
	findUserById,
	insertUser,
	updateUser,
	type User
} from './db/users';
import { translator } from './i18n';
import { enqueueMail } from './mail/outbox';
import { composeMail } from './mail/templates';
import { safeNext } from './next-path';
import { settings } from './env';

export interface Ctx {
	db: DB;
	now: number;
	/** Public origin for links in emails, e.g. https://help.example.com */
	origin: string;
	/** The client address (event.getClientAddress(), which honours ADDRESS_HEADER/XFF_DEPTH). */
	ip: string;
}

const MINUTE = 60_000;
/** Failed logins: the account locks after 10 in a row (15 minutes), an address after 50. */
export const LOGIN_LIMITS = { account: 10, address: 50, windowMs: 15 * MINUTE };
/** Sign-ups per client address an hour (SIGNUP_LIMIT_PER_HOUR): enough for an office behind one address. */
const SIGNUP_LIMIT = {
	perAddress: settings.signupLimitPerHour(),
	windowMs: 60 * MINUTE
};
const FORGOT_LIMIT = { perAddress: 20, perAccount: 5, windowMs: 60 * MINUTE };

export type Throttled = { throttled: true; minutes: number };
/** A new session: the cookie's token and when it lapses. */
type LoggedIn = { ok: true; token: string; expiresAt: number };

function localeOf(user: { locale: string }): Locale {
	return isLocale(user.locale) ? user.locale : 'en';
}

function link(ctx: Ctx, locale: Locale, kind: TokenKind, token: string): string {
	return `${ctx.origin}/${locale}/${kind === 'email' ? 'verify' : kind}/${token}${kind === 'email' ? '?email=1' : ''}`;
}

/** Issue a single-use token and queue the email carrying its link, in the caller's transaction. */
async function sendTokenMail(
	ctx: Ctx,
	trx: DB,
	user: { id: string; name: string },
	to: string,
	locale: Locale,
	kind: TokenKind,
	extra: { newEmail?: string; nextPath?: string | null } = {}
): Promise<void> {
	const LL = translator(locale);
	const token = await issueUserToken(trx, user.id, kind, ctx.now, extra);
	const { subject, text } = {
		verify: { subject: LL.mail.verifySubject(), text: LL.mail.verifyText() },
		reset: { subject: LL.mail.resetSubject(), text: LL.mail.resetText() },
		email: { subject: LL.mail.emailSubject(), text: LL.mail.emailText() }
	}[kind];
	const mail = composeMail(LL, {
		locale,
		to,
		subject,
		name: user.name,
		paragraphs: [text],
		link: link(ctx, locale, kind, token),
		ignorable: true
	});
	await enqueueMail(trx, mail, ctx.now);
}

/** A notice to the account's owner, in their language, linking to a password reset in case it was not them. */
async function sendNotice(
	ctx: Ctx,
	db: DB,
	user: User,
	notice: (LL: TranslationFunctions) => [subject: string, text: string],
	/** Only a notice a stranger can cause says "ignore this"; "your password was changed" must not. */
	ignorable = false
): Promise<void> {
	const locale = localeOf(user);
	const LL = translator(locale);
	const [subject, text] = notice(LL);
	const forgot = `${ctx.origin}/${locale}/forgot`;
	await enqueueMail(
		db,
		composeMail(LL, {
			locale,
			to: user.email!,
			subject,
			name: user.name,
			paragraphs: [text],
			link: forgot,
			ignorable
		}),
		ctx.now
	);
}

const passwordChanged = (LL: TranslationFunctions): [string, string] => [
	LL.mail.passwordChangedSubject(),
	LL.mail.passwordChangedText()
];

async function startSession(ctx: Ctx, userId: string): Promise<LoggedIn> {
	const { token, session } = await createSession(ctx.db, userId, ctx.now);
	return { ok: true, token, expiresAt: session.expiresAt };
}

async function overLimit(ctx: Ctx, key: string, limit: number, windowMs: number): Promise<boolean> {
	return (await peekCount(ctx.db, key, windowMs, ctx.now)) >= limit;
}

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
	if (await overLimit(ctx, key, SIGNUP_LIMIT.perAddress, SIGNUP_LIMIT.windowMs))
		return { throttled: true, minutes: SIGNUP_LIMIT.windowMs / MINUTE };
	await countHit(ctx.db, key, SIGNUP_LIMIT.windowMs, ctx.now);
	const passwordHash = await hashPassword(input.password);
	await ctx.db.transaction().execute(async (trx) => {
		const existing = await findUserByEmail(trx, input.email);
		if (existing) {
			await sendNotice(
				ctx,
				trx,
				existing,
				(LL) => [LL.mail.existingSubject(), LL.mail.existingText()],
				true
			);
			return;
		}
		const user = await insertUser(trx, { ...input, passwordHash, role: 'customer', now: ctx.now });
		await sendTokenMail(ctx, trx, user, user.email!, input.locale, 'verify', {
			nextPath: safeNext(input.next, '') || null
		});
	});
	return { ok: true };
}

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

/** Forgot password: the same answer whether or not the email is registered. */
export async function requestPasswordReset(
	ctx: Ctx,
	email: string,
	locale: Locale
): Promise<{ ok: true } | Throttled> {
	const addressKey = `forgot:ip:${ctx.ip}`;
	const accountKey = `forgot:acct:${email}`;
	if (await overLimit(ctx, addressKey, FORGOT_LIMIT.perAddress, FORGOT_LIMIT.windowMs))
		return { throttled: true, minutes: 60 };
	await countHit(ctx.db, addressKey, FORGOT_LIMIT.windowMs, ctx.now);
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

/** Set a new password from a reset link: the link proves the address, ends every session, and logs in anew. */
export async function resetPassword(
	ctx: Ctx,
	token: string,
	password: string
): Promise<(LoggedIn & { user: User }) | { ok: false }> {
	const passwordHash = await hashPassword(password);
	const result = await ctx.db.transaction().execute(async (trx) => {
		const row = await consumeUserToken(trx, token, 'reset', ctx.now);
		const user = row && (await findUserById(trx, row.user_id));
		if (!user) return undefined;
		await updateUser(trx, user.id, {
			password_hash: passwordHash,
			email_verified_at: user.email_verified_at ?? ctx.now
		});
		await invalidateUserSessions(trx, user.id);
		await sendNotice(ctx, trx, user, passwordChanged);
		return user;
	});
	if (!result) return { ok: false };
	return { ...(await startSession(ctx, result.id)), user: result };
}

/**
 * Open a verification link: confirms the address (or, for an email change, switches to the new one) and logs
 * the person in, so they continue where they were going (the link carries the return path).
 */
export async function verifyEmail(
	ctx: Ctx,
	token: string
): Promise<(LoggedIn & { next: string | null; changedTo?: string }) | { ok: false }> {
	const result = await ctx.db.transaction().execute(async (trx) => {
		const row =
			(await consumeUserToken(trx, token, 'verify', ctx.now)) ??
			(await consumeUserToken(trx, token, 'email', ctx.now));
		const user = row && (await findUserById(trx, row.user_id));
		if (!row || !user) return undefined;
		const newEmail = row.kind === 'email' ? row.new_email : null;
		if (newEmail) {
			if (await findUserByEmail(trx, newEmail)) return undefined;
			await sendNotice(ctx, trx, user, (LL) => [
				LL.mail.emailChangedSubject(),
				LL.mail.emailChangedText({ email: isolate(newEmail) })
			]);
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

/** Change the password: the current one is required; every other session ends. */
export async function changePassword(
	ctx: Ctx,
	user: User,
	sessionId: string,
	current: string,
	next: string
): Promise<boolean> {
	if (!user.password_hash || !(await verifyPassword(user.password_hash, current))) return false;
	const passwordHash = await hashPassword(next);
	await ctx.db.transaction().execute(async (trx) => {
		await updateUser(trx, user.id, { password_hash: passwordHash });
		await invalidateUserSessions(trx, user.id, sessionId);
		await sendNotice(ctx, trx, user, passwordChanged);
	});
	return true;
}

/** Change the email: confirmed from the new address (the old one is told when it happens). */
export async function requestEmailChange(
	ctx: Ctx,
	user: User,
	newEmail: string,
	password: string
): Promise<boolean> {
	if (!user.password_hash || !(await verifyPassword(user.password_hash, password))) return false;
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
	if (!user.password_hash || !(await verifyPassword(user.password_hash, password))) return false;
	await anonymiseUser(ctx.db, user.id, ctx.now);
	return true;
}

/** Create a user directly (CLI, first admin): verified, no email sent. */
export async function createUser(
	db: DB,
	input: { email: string; name: string; password: string; role: Role; locale?: Locale; now: number }
): Promise<User> {
	return insertUser(db, {
		email: input.email,
		name: input.name,
		passwordHash: await hashPassword(input.password),
		locale: input.locale ?? 'en',
		role: input.role,
		verified: true,
		now: input.now
	});
}

const SETUP_KEY = 'setup_token_hash';

/**
 * First start: with no admin, ADMIN_EMAIL + ADMIN_PASSWORD create one; otherwise a one-time setup link is
 * made (printed by the caller). Returns the link's token, or undefined when nothing is needed.
 */
export async function prepareSetup(
	db: DB,
	now: number,
	admin?: { email: string; password: string }
): Promise<string | undefined> {
	if ((await countUsers(db, 'admin')) > 0) return undefined;
	if (admin) {
		await createUser(db, {
			email: admin.email,
			name: 'Administrator',
			password: admin.password,
			role: 'admin',
			now
		});
		return undefined;
	}
	const token = randomToken();
	await writeSetting(db, SETUP_KEY, sha256(token));
	return token;
}

export async function setupTokenValid(db: DB, token: string): Promise<boolean> {
	const hash = await readSetting<string | null>(db, SETUP_KEY);
	return !!hash && sameHash(hash, sha256(token)) && (await countUsers(db, 'admin')) === 0;
}

export async function createFirstAdmin(
	ctx: Ctx,
	token: string,
	input: { name: string; email: string; password: string; locale: Locale }
): Promise<LoggedIn | { ok: false }> {
	if (!(await setupTokenValid(ctx.db, token))) return { ok: false };
	const user = await ctx.db.transaction().execute(async (trx) => {
		await writeSetting(trx, SETUP_KEY, null); // the link works once
		const existing = await findUserByEmail(trx, input.email);
		if (existing) {
			await updateUser(trx, existing.id, {
				role: 'admin',
				email_verified_at: existing.email_verified_at ?? ctx.now
			});
			return existing;
		}
		return createUser(trx, { ...input, role: 'admin', now: ctx.now });
	});
	return startSession(ctx, user.id);
}

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
