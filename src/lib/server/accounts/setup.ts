// The first administrator: from ADMIN_EMAIL + ADMIN_PASSWORD on first start, or through a one-time link.
import type { Locale } from '$lib/i18n/locales';
import { randomToken, sameHash, sha256 } from '../auth/crypto';
import type { DB } from '../db';
import { readSetting, writeSetting } from '../db/settings';
import { countUsers, findUserByEmail, updateUser } from '../db/users';
import { startSession, type Ctx, type LoggedIn } from './common';
import { createUser } from './users';

const SETUP_KEY = 'setup_token_hash';

/**
 * First start: with no admin, ADMIN_EMAIL + ADMIN_PASSWORD create one; otherwise a one-time setup link is
 * made (printed by the caller). Returns the link's token, or undefined when nothing is needed.
 */
export async function prepareSetup(
	db: DB,
	now: number,
	admin?: { email: string; password: string },
	{ link = true }: { link?: boolean } = {}
): Promise<string | undefined> {
	if ((await countUsers(db, 'admin')) > 0) return undefined;
	if (admin) {
		try {
			await createUser(db, {
				email: admin.email,
				name: 'Administrator',
				password: admin.password,
				role: 'admin',
				now
			});
		} catch (error) {
			// servers starting together on a fresh database: one of them created it first
			if ((await countUsers(db, 'admin')) > 0) return undefined;
			throw error;
		}
		return undefined;
	}
	// serverless: every cold start would make a new link, each undoing the one before
	if (!link) return undefined;
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
