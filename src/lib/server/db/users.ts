import { randomUUID } from 'node:crypto';
import type { DB } from './index';
import type { Role, UserTable } from './schema';

export type User = UserTable;

export interface NewUser {
	email: string;
	name: string;
	passwordHash: string;
	locale: string;
	role: Role;
	shopName?: string | null;
	shopUrl?: string | null;
	phone?: string | null;
	verified?: boolean;
	now: number;
}

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function insertUser(db: DB, user: NewUser): Promise<User> {
	const row: User = {
		id: randomUUID(),
		email: normaliseEmail(user.email),
		email_verified_at: user.verified ? user.now : null,
		name: user.name,
		password_hash: user.passwordHash,
		locale: user.locale,
		role: user.role,
		shop_name: user.shopName ?? null,
		shop_url: user.shopUrl ?? null,
		phone: user.phone ?? null,
		time_zone: null,
		created_at: user.now,
		deleted_at: null
	};
	await db.insertInto('users').values(row).execute();
	return row;
}

export function findUserByEmail(db: DB, email: string): Promise<User | undefined> {
	return db
		.selectFrom('users')
		.selectAll()
		.where('email', '=', normaliseEmail(email))
		.where('deleted_at', 'is', null)
		.executeTakeFirst();
}

export function findUserById(db: DB, id: string): Promise<User | undefined> {
	return db
		.selectFrom('users')
		.selectAll()
		.where('id', '=', id)
		.where('deleted_at', 'is', null)
		.executeTakeFirst();
}

export async function countUsers(db: DB, role?: Role): Promise<number> {
	let q = db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('deleted_at', 'is', null);
	if (role) q = q.where('role', '=', role);
	return Number((await q.executeTakeFirstOrThrow()).n);
}

export function listUsers(db: DB): Promise<User[]> {
	return db
		.selectFrom('users')
		.selectAll()
		.where('deleted_at', 'is', null)
		.orderBy('created_at')
		.execute();
}

export async function updateUser(
	db: DB,
	id: string,
	changes: Partial<Omit<User, 'id'>>
): Promise<void> {
	await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

/**
 * Delete an account: the person's details go, the row stays (without email, name, password or phone) so the
 * tickets it wrote remain for the team's records, anonymised. Its sessions and tokens are removed.
 */
export async function anonymiseUser(db: DB, id: string, now: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
		await trx.deleteFrom('user_tokens').where('user_id', '=', id).execute();
		await trx
			.updateTable('users')
			.set({
				email: null,
				email_verified_at: null,
				name: '',
				password_hash: null,
				shop_name: null,
				shop_url: null,
				phone: null,
				deleted_at: now
			})
			.where('id', '=', id)
			.execute();
	});
}
