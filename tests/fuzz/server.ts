// The server a fuzz run talks to: the built app (node src/cli/serve.js, as `npm start` and e2e run it) on a
// database of its own, SQLite in a fresh data folder or a fresh PostgreSQL database, and the fuzzer's own
// handle on that database to make accounts, stage a survey link and count rows. Over real HTTP, so hooks,
// routing, path decoding and adapter-node's body limit answer as they do for any client.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { startServe, type ServeProcess } from '../../src/cli/serve-process.ts';
import { openDatabase, type DB } from '../../src/lib/server/db/index.ts';
import { createDatabase } from '../../src/lib/server/db/testing/server.ts';
import { BODY_LIMIT } from './oracle.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Running {
	kind: DatabaseKind;
	base: string;
	db: DB;
	/** What the server printed (its stderr shows the stack of a 500). */
	log: () => string;
	/** How it ended, if it did: an exit code or a signal. */
	ended: () => string | undefined;
	/** Start it again on the same port, data and database (after a request brought it down). */
	restart: () => Promise<void>;
	stop: () => Promise<void>;
}

/** Start the built server on `kind` (PostgreSQL needs `databaseUrl`). */
export async function startServer(kind: DatabaseKind, databaseUrl?: string): Promise<Running> {
	if (!fs.existsSync('build/handler.js')) throw new Error('No build: run `npm run build` first.');
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `svar-fuzz-${kind}-`));
	// a database, not a schema, of its own: Kysely's migrator lists the tables of every schema, and fails when
	// another test run drops its schema meanwhile
	const database =
		kind === 'postgres' ? await createDatabase(databaseUrl!, 'svar_fuzz') : undefined;
	const env: NodeJS.ProcessEnv = {
		DATA_DIR: dataDir,
		// the fuzzer signs up far more than 20 times from 127.0.0.1: keep the sign-up path open
		SIGNUP_LIMIT_PER_HOUR: '1000000',
		DATABASE_URL: database?.url ?? '',
		DATABASE_SCHEMA: '',
		REDIS_URL: '',
		BODY_SIZE_LIMIT: BODY_LIMIT
	};
	const launch = (port?: number) =>
		startServe({ env, port, readyPath: '/api/v1/me/summary', readyMs: 60_000 });
	let server: ServeProcess;
	try {
		server = await launch();
	} catch (error) {
		await database?.drop();
		fs.rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	const db =
		kind === 'postgres'
			? await openDatabase({ databaseUrl: database!.url })
			: await openDatabase({ sqliteFile: path.join(dataDir, 'svar.db') });
	return {
		kind,
		base: server.base,
		db,
		log: () => server.said(),
		ended: () => server.ended(),
		restart: async () => {
			await server.stop();
			server = await launch(server.port);
		},
		stop: async () => {
			await server.stop();
			await db.destroy();
			await database?.drop();
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** The application's tables (Kysely's own bookkeeping aside). */
export async function tablesOf(db: DB): Promise<string[]> {
	const tables = await db.introspection.getTables();
	return tables.map((t) => t.name).filter((name) => !name.startsWith('kysely_'));
}

/** Rows per table, in one query. */
export async function rowCounts(db: DB, tables: string[]): Promise<Record<string, number>> {
	const union = tables
		.map((t) => `select '${t}' as t, count(*) as n from ${t}`)
		.join(' union all ');
	const { rows } = await sql.raw<{ t: string; n: number | string }>(union).execute(db);
	return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}
