import type { DB } from './index';
import type { TokenKind, UserTokenTable } from './schema';

export const TOKEN_LIFETIME: Record<TokenKind, number> = {
	verify: 7 * 24 * 60 * 60 * 1000,
	reset: 60 * 60 * 1000,
	email: 24 * 60 * 60 * 1000
};

/** Store a single-use link token by its hash (the caller keeps the token). Earlier unused ones of the kind lapse. */
export async function issueUserToken(
	db: DB,
	tokenHash: string,
	userId: string,
	kind: TokenKind,
	now: number,
	extra: { newEmail?: string; nextPath?: string | null } = {}
): Promise<void> {
	await db
		.deleteFrom('user_tokens')
		.where('user_id', '=', userId)
		.where('kind', '=', kind)
		.where('used_at', 'is', null)
		.execute();
	await db
		.insertInto('user_tokens')
		.values({
			token_hash: tokenHash,
			user_id: userId,
			kind,
			new_email: extra.newEmail ?? null,
			next_path: extra.nextPath ?? null,
			created_at: now,
			expires_at: now + TOKEN_LIFETIME[kind],
			used_at: null
		})
		.execute();
}

/** The row of the token with this hash if it is of this kind, unused and unexpired; does not use it up. */
export function peekUserToken(
	db: DB,
	tokenHash: string,
	kind: TokenKind,
	now: number
): Promise<UserTokenTable | undefined> {
	return db
		.selectFrom('user_tokens')
		.selectAll()
		.where('token_hash', '=', tokenHash)
		.where('kind', '=', kind)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
}

/** Use the token up: succeeds once. A second request with the same token (or a racing one) gets undefined. */
export async function consumeUserToken(
	db: DB,
	tokenHash: string,
	kind: TokenKind,
	now: number
): Promise<UserTokenTable | undefined> {
	const row = await peekUserToken(db, tokenHash, kind, now);
	if (!row) return undefined;
	const result = await db
		.updateTable('user_tokens')
		.set({ used_at: now })
		.where('token_hash', '=', row.token_hash)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1 ? { ...row, used_at: now } : undefined;
}

/** Delete verification and reset links that have lapsed (used or not). */
export async function deleteDeadTokens(db: DB, now: number): Promise<number> {
	const result = await db
		.deleteFrom('user_tokens')
		.where('expires_at', '<=', now)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
