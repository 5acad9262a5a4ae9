// The e2e server's SQLite database, read directly to see what was stored (or written, to stage a state the
// app no longer makes, such as an old ticket). A table the server has not made yet reads as empty.
import Database from 'better-sqlite3';
import path from 'node:path';
import { DATA_DIR } from './server.ts';

const file = () => path.join(DATA_DIR, 'svar.db');

export function query<T>(sql: string, ...params: unknown[]): T[] {
	let db: Database.Database;
	try {
		db = new Database(file(), { readonly: true, fileMustExist: true });
	} catch {
		return [];
	}
	try {
		return db.prepare(sql).all(...params) as T[];
	} catch (e) {
		if (/no such table/.test((e as Error).message)) return [];
		throw e;
	} finally {
		db.close();
	}
}

export function run(sql: string, ...params: unknown[]) {
	const db = new Database(file(), { fileMustExist: true });
	try {
		db.prepare(sql).run(...params);
	} finally {
		db.close();
	}
}
