// Test support, never imported by the app: the databases the storage tests run on, and a user to own things.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
		const pg = pgSchemas(url);
		list.push({ name: 'postgres', open: () => pg.open(), close: (db) => pg.drop(db) });
	}
	return list;
}

/**
 * PostgreSQL test schemas: each opened database remembers its own schema, so a close can never drop a schema
 * another open made. `open(schema)` opens a second connection to one already made.
 */
function pgSchemas(url: string) {
	const schemas = new WeakMap<DB, string>();
	return {
		open: async (schema = `svar_test_${randomBytes(6).toString('hex')}`) => {
			const db = await openRetrying(() => openDatabase({ databaseUrl: url, pgSchema: schema }));
			schemas.set(db, schema);
			return db;
		},
		schemaOf: (db: DB) => schemas.get(db),
		drop: async (db: DB) => {
			await sql.raw(`drop schema if exists ${schemas.get(db)} cascade`).execute(db);
			await db.destroy();
		}
	};
}

/**
 * Kysely's migrator lists the tables of every schema of the database, so it fails when another test run drops
 * its schema at that moment ("schema … does not exist", its migration table "relation ….kysely_migration does
 * not exist", or a column of a table being dropped "column … of relation … does not exist"): that, and only
 * that, is tried again.
 */
async function openRetrying(open: () => Promise<DB>): Promise<DB> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await open();
		} catch (error) {
			if (
				attempt >= 3 ||
				!/(schema "[^"]+"|relation "[^"]+\.kysely_migration(_lock)?"|column "[^"]+" of relation "[^"]+") does not exist/.test(
					String(error)
				)
			)
				throw error;
		}
	}
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
		const pg = pgSchemas(url);
		list.push({
			name: 'postgres',
			open: async () => {
				const first = await pg.open();
				return [first, await pg.open(pg.schemaOf(first))];
			},
			close: async ([first, second]) => {
				await second.destroy();
				await pg.drop(first);
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
