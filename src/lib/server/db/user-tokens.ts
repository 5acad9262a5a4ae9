import { randomToken, sha256 } from '../auth/crypto';
import type { DB } from './index';
import type { TokenKind, UserTokenTable } from './schema';

export const TOKEN_LIFETIME: Record<TokenKind, number> = {
	verify: 7 * 24 * 60 * 60 * 1000,
	reset: 60 * 60 * 1000,
	email: 24 * 60 * 60 * 1000
};

/** A single-use token for a link in an email; only its hash is stored. Earlier unused ones of the kind lapse. */
export async function issueUserToken(
	db: DB,
	userId: string,
	kind: TokenKind,
	now: number,
	extra: { newEmail?: string; nextPath?: string | null } = {}
): Promise<string> {
	const token = randomToken();
	await db
		.deleteFrom('user_tokens')
		.where('user_id', '=', userId)
		.where('kind', '=', kind)
		.where('used_at', 'is', null)
		.execute();
	await db
		.insertInto('user_tokens')
		.values({
			token_hash: sha256(token),
			user_id: userId,
			kind,
			new_email: extra.newEmail ?? null,
			next_path: extra.nextPath ?? null,
			created_at: now,
			expires_at: now + TOKEN_LIFETIME[kind],
			used_at: null
		})
		.execute();
	return token;
}

/** The token's row if it is of this kind, unused and unexpired; does not use it up. */
export function peekUserToken(
	db: DB,
	token: string,
	kind: TokenKind,
	now: number
): Promise<UserTokenTable | undefined> {
	return db
		.selectFrom('user_tokens')
		.selectAll()
		.where('token_hash', '=', sha256(token))
		.where('kind', '=', kind)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
}

/** Use the token up: succeeds once. A second request with the same token (or a racing one) gets undefined. */
export async function consumeUserToken(
	db: DB,
	token: string,
	kind: TokenKind,
	now: number
): Promise<UserTokenTable | undefined> {
	const row = await peekUserToken(db, token, kind, now);
	if (!row) return undefined;
	const result = await db
		.updateTable('user_tokens')
		.set({ used_at: now })
		.where('token_hash', '=', row.token_hash)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1 ? { ...row, used_at: now } : undefined;
}
