import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationResultSet } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './schema';
import { migrations } from './migrations';
import { readEnv, settings } from '../env';

export type { Database } from './schema';
export type DB = Kysely<Database>;

export interface OpenOptions {
	/** postgres://… ; without it SQLite is used. */
	databaseUrl?: string;
	/** SQLite file (":memory:" for tests). */
	sqliteFile?: string;
	/** PostgreSQL schema to use (created if missing): lets test runs share one database without colliding. */
	pgSchema?: string;
	/** false: the database as it is (serverless functions: the deploy step migrates, `npm run db:migrate`). */
	migrate?: boolean;
	/** One PostgreSQL connection, closed when idle, so frozen instances do not hold the server's connections. */
	serverless?: boolean;
}

/** Open a database and bring it to the latest migration (serverless: see OpenOptions). */
export async function openDatabase(options: OpenOptions): Promise<DB> {
	const db = options.databaseUrl
		? await openPostgres(options.databaseUrl, options.pgSchema, options)
		: await openSqlite(options.sqliteFile ?? ':memory:');
	if (options.migrate !== false)
		await migrate(db, options.databaseUrl ? options.pgSchema : undefined);
	return db;
}

async function openSqlite(file: string): Promise<DB> {
	const { default: SQLite } = await import('better-sqlite3');
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const database = new SQLite(file);
	database.pragma('journal_mode = WAL');
	database.pragma('foreign_keys = ON');
	database.pragma('busy_timeout = 5000');
	database.pragma('synchronous = NORMAL');
	return new Kysely<Database>({
		dialect: new SqliteDialect({ database: reusingStatements(database) })
	});
}

/**
 * The database as Kysely's SQLite driver sees it, with each statement prepared once: Kysely prepares every query
 * it runs, and preparing costs more than running most of ours (a new ticket runs a dozen). The app writes its
 * queries with parameters, so the distinct texts are few; the cache is bounded all the same.
 */
function reusingStatements(database: BetterSqlite3.Database) {
	const statements = new Map<string, BetterSqlite3.Statement>();
	return {
		close: () => database.close(),
		prepare(text: string) {
			let statement = statements.get(text);
			if (!statement) {
				if (statements.size >= 1000) statements.clear();
				statement = database.prepare(text);
				statements.set(text, statement);
			}
			return statement;
		}
	};
}

async function openPostgres(
	url: string,
	schema: string | undefined,
	{ serverless = false, migrate = true }: OpenOptions
): Promise<DB> {
	const { default: pg } = await import('pg');
	// BIGINT (int8) holds epoch milliseconds, well inside Number's safe range.
	pg.types.setTypeParser(20, (value: string) => Number(value));
	if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
	const pool = new pg.Pool({
		connectionString: url,
		max: serverless ? 1 : 10,
		// names a function's connection in pg_stat_activity (with its schema, when it has one)
		application_name: serverless ? `svar function${schema ? ` ${schema}` : ''}` : 'svar',
		// a frozen instance's idle connection is closed by the server side anyway; let go of it first
		idleTimeoutMillis: serverless ? 5_000 : 10_000,
		options: schema ? `-c search_path=${schema}` : undefined
	});
	// before the first connection is made (the schema's below): the pool reuses it for every query after
	pool.on('connect', preparingStatements);
	// unmigrated: the schema is the migration's to create, not every cold start's
	if (schema && migrate) await pool.query(`create schema if not exists ${schema}`);
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** A name for each query text, the same on every connection (pg prepares a named one once per connection). */
const statementNames = new Map<string, string>();

/**
 * A connection that prepares each query it is given with parameters once, as SQLite's does (reusingStatements):
 * PostgreSQL otherwise parses and plans every statement it receives, and a new ticket sends a dozen. The texts
 * are the app's own, so they are few; past a bound, new ones go unprepared.
 */
function preparingStatements(client: import('pg').PoolClient) {
	const query = client.query.bind(client) as (...args: unknown[]) => unknown;
	client.query = ((text: unknown, values: unknown, ...rest: unknown[]) => {
		if (typeof text !== 'string' || !Array.isArray(values) || !values.length)
			return query(text, values, ...rest);
		let name = statementNames.get(text);
		if (!name && statementNames.size < 2000)
			statementNames.set(text, (name = `svar${statementNames.size}`));
		return name ? query({ name, text, values }, ...rest) : query(text, values, ...rest);
	}) as typeof client.query;
}

/**
 * Bring the database to the latest migration. With a PostgreSQL schema, Kysely's own bookkeeping tables are
 * named in that schema: unqualified, Kysely takes a kysely_migration table in any schema (say, public) for
 * its own, skips creating it, and then fails to find it through search_path.
 */
export async function migrate(db: DB, schema?: string): Promise<MigrationResultSet> {
	const migrator = new Migrator({
		db,
		provider: { getMigrations: async () => migrations },
		migrationTableSchema: schema
	});
	const result = await migrator.migrateToLatest();
	if (result.error) throw result.error;
	return result;
}

let shared: Promise<DB> | undefined;
const openingTasks: ((db: DB) => Promise<unknown>)[] = [];

/**
 * Work getDb finishes on the database before it first gives it to anyone (serverless: the first admin), so a
 * function that never needs the database never opens it. Register before the first getDb.
 */
export function onOpen(task: (db: DB) => Promise<unknown>): void {
	if (shared) throw new Error('onOpen after the database was opened');
	openingTasks.push(task);
}

/**
 * The process-wide database from the environment (DATABASE_URL, else DATA_DIR/svar.db), migrated when opened
 * unless this is a serverless function (settings.serverless) and `migrate` is not asked for.
 */
export function getDb({ migrate = !settings.serverless() } = {}): Promise<DB> {
	shared ??= (async () => {
		const env = readEnv();
		const db = await openDatabase({
			databaseUrl: env.databaseUrl,
			pgSchema: env.databaseSchema,
			sqliteFile: path.join(env.dataDir, 'svar.db'),
			migrate,
			serverless: settings.serverless()
		});
		for (const task of openingTasks) await task(db);
		return db;
	})();
	return shared;
}
