// Servers of a spec's own beside the e2e one: the built server (src/cli/serve.js) with other settings, on
// PostgreSQL, behind an https ORIGIN or with low limits. Each has its own data folder and, on PostgreSQL, its own
// schema; stop() ends the server and drops the schema.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServe } from '../../../src/cli/serve-process.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server.ts';

export interface Spawned {
	/** http://127.0.0.1:<port>: where to send requests (ORIGIN may say otherwise) */
	base: string;
	dataDir: string;
	/** its PostgreSQL schema, if on PostgreSQL */
	schema?: string;
	/** ends the server; drops the schema it made (not one it shares) */
	stop: () => Promise<void>;
}

async function dropSchema(postgres: string, schema: string) {
	const client = new pg.Client({ connectionString: postgres });
	await client.connect();
	await client.query(`drop schema if exists ${schema} cascade`);
	await client.end();
}

/** How long a server may take to answer: on a busy machine a first start migrates and hashes a password slowly. */
const READY_MS = 150_000;

/** A test's timeout when it starts `servers` servers and then needs up to `rest` ms for its own work. */
export const withServers = (servers: number, rest: number) => servers * READY_MS + rest;

/**
 * A server answering on a free port, with the e2e administrator and `env` (ORIGIN defaults to its own address).
 * `postgres`: a PostgreSQL URL to keep its data in, in a new schema; `share`: another spawned server whose data
 * folder and schema this one uses too (two instances of one deployment).
 */
export async function spawnServer(
	options: { env?: Record<string, string>; postgres?: string; share?: Spawned } = {}
): Promise<Spawned> {
	const { env = {}, postgres, share } = options;
	const dataDir = share?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'svar-spawned-'));
	const schema = postgres
		? (share?.schema ?? `svar_spawned_${randomBytes(5).toString('hex')}`)
		: undefined;
	// the schema is this server's to drop unless it shares another's
	const dropOwn = async () => {
		if (postgres && schema && !share) await dropSchema(postgres, schema);
	};
	try {
		const server = await startServe({
			readyMs: READY_MS,
			env: {
				DATA_DIR: dataDir,
				ADMIN_EMAIL,
				ADMIN_PASSWORD,
				...(schema ? { DATABASE_URL: postgres, DATABASE_SCHEMA: schema } : {}),
				...env
			}
		});
		return {
			base: server.base,
			dataDir,
			schema,
			stop: async () => {
				await server.stop();
				await dropOwn();
			}
		};
	} catch (error) {
		await dropOwn();
		throw new Error(`spawnServer: ${(error as Error).message}`);
	}
}
