// Test support, never imported by the app: the databases the storage tests run on, and a user to own things.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
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
		let schema = '';
		list.push({
			name: 'postgres',
			open: () => {
				schema = `svar_test_${randomBytes(6).toString('hex')}`;
				return openDatabase({ databaseUrl: url, pgSchema: schema });
			},
			close: async (db) => {
				await sql.raw(`drop schema if exists ${schema} cascade`).execute(db);
				await db.destroy();
			}
		});
	}
	return list;
}

export interface TwinDatabase {
	name: string;
	/** Two connections to one new database: what two app servers sharing it see. */
	open: () => Promise<[DB, DB]>;
	/** Drops what open() created. */
	close: (dbs: [DB, DB]) => Promise<void>;
}

/** Like testDatabases, but each opened twice (SQLite in a file, since a memory database has one connection). */
export function twinDatabases(): TwinDatabase[] {
	const list: TwinDatabase[] = [];
	let dir = '';
	list.push({
		name: 'sqlite',
		open: async () => {
			dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-twin-'));
			const sqliteFile = path.join(dir, 'svar.db');
			const first = await openDatabase({ sqliteFile });
			return [first, await openDatabase({ sqliteFile })];
		},
		close: async (dbs) => {
			await Promise.all(dbs.map((db) => db.destroy()));
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		let pgSchema = '';
		list.push({
			name: 'postgres',
			open: async () => {
				pgSchema = `svar_test_${randomBytes(6).toString('hex')}`;
				const first = await openDatabase({ databaseUrl: url, pgSchema });
				return [first, await openDatabase({ databaseUrl: url, pgSchema })];
			},
			close: async ([first, second]) => {
				await second.destroy();
				await sql.raw(`drop schema if exists ${pgSchema} cascade`).execute(first);
				await first.destroy();
			}
		});
	}
	return list;
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
