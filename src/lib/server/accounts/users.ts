import type { Locale } from '$lib/i18n/locales';
import { hashPassword } from '../auth/password';
import type { DB } from '../db';
import type { Role } from '../db/schema';
import { insertUser, type User } from '../db/users';

/** Create a user directly (CLI, first admin, staff): verified, no email sent. */
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
