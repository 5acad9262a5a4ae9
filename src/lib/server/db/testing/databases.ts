// Test support, never imported by the app: the databases the storage tests run on, and a user to own things.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type DB } from '../index';
import { insertUser } from '../users';

export interface TestDatabase {
	name: string;
	open: () => Promise<DB>;
	/** Drops what open() created. */
	close: (db: DB) => Promise<void>;
}

/**
 * The databases storage tests run against: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. Each
 * PostgreSQL run gets its own schema, so parallel runs on one server never collide.
 */
export function testDatabases(): TestDatabase[] {
	const list: TestDatabase[] = [
		{
			name: 'sqlite',
			open: () => openDatabase({ sqliteFile: ':memory:' }),
			close: (db) => db.destroy()
		}
	];
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		// each open database remembers its own schema: a close can never drop a schema another open made
		const schemas = new WeakMap<DB, string>();
		list.push({
			name: 'postgres',
			open: async () => {
				const schema = `svar_test_${randomBytes(6).toString('hex')}`;
				const db = await openDatabase({ databaseUrl: url, pgSchema: schema });
				schemas.set(db, schema);
				return db;
			},
			close: async (db) => {
				await sql.raw(`drop schema if exists ${schemas.get(db)} cascade`).execute(db);
				await db.destroy();
			}
		});
	}
	return list;
}

/**
 * Opens a fresh `database` before each test of the calling describe block and drops it after the test. `use`
 * receives it, and resets there whatever else each test starts from (the clock, say).
 */
export function freshEachTest({ open, close }: TestDatabase, use: (db: DB) => void) {
	let db: DB;
	beforeEach(async () => {
		db = await open();
		use(db);
	});
	afterEach(async () => {
		await close(db);
	});
}

/** A verified account for storage tests, as the session would describe it (name: the email's local part). */
export async function testUser(
	db: DB,
	email: string,
	role: 'customer' | 'agent' | 'admin' = 'customer',
	locale = 'en',
	now = Date.now()
) {
	const u = await insertUser(db, {
		email,
		name: email.split('@')[0]!,
		passwordHash: 'x',
		locale,
		role,
		verified: true,
		now
	});
	return { id: u.id, email, name: u.name, role, locale, emailVerified: true };
}

/** Every queued mail, oldest first: what a test expects to have been sent. */
export function outboxRows(db: DB) {
	return db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
}
