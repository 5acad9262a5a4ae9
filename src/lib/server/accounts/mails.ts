// Account mails are queued in the caller's transaction: a link's token is stored exactly when its mail is.
import type { Locale } from '$lib/i18n/locales';
import { randomToken, sha256 } from '../auth/crypto';
import type { DB } from '../db';
import type { TokenKind } from '../db/schema';
import { issueUserToken } from '../db/user-tokens';
import type { User } from '../db/users';
import { composeAccountMail, type AccountMail } from '../mail/account-mails';
import { enqueueMail } from '../mail/outbox';
import { localeOf, type Ctx } from './common';

function link(ctx: Ctx, locale: Locale, kind: TokenKind, token: string): string {
	return `${ctx.origin}/${locale}/${kind === 'email' ? 'verify' : kind}/${token}${kind === 'email' ? '?email=1' : ''}`;
}

/** The stored form of a link's token: only its hash, so a database leak opens no accounts. */
export function tokenHash(token: string): string {
	return sha256(token);
}

/** Issue a single-use token and queue the email carrying its link, in the caller's transaction. */
export async function sendTokenMail(
	ctx: Ctx,
	trx: DB,
	user: { id: string; name: string },
	to: string,
	locale: Locale,
	kind: TokenKind,
	extra: { newEmail?: string; nextPath?: string | null } = {}
): Promise<void> {
	const token = randomToken();
	await issueUserToken(trx, tokenHash(token), user.id, kind, ctx.now, extra);
	const mail = composeAccountMail(
		{ kind },
		{ locale, address: to, name: user.name, link: link(ctx, locale, kind, token) }
	);
	await enqueueMail(trx, mail, ctx.now);
}

/** A notice to the account's owner, in their language, linking to a password reset in case it was not them. */
export async function sendNotice(ctx: Ctx, db: DB, user: User, notice: AccountMail): Promise<void> {
	const locale = localeOf(user);
	const forgot = `${ctx.origin}/${locale}/forgot`;
	await enqueueMail(
		db,
		composeAccountMail(notice, { locale, address: user.email!, name: user.name, link: forgot }),
		ctx.now
	);
}
