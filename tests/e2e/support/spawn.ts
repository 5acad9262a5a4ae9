// Servers of a spec's own beside the e2e one: the built server (src/cli/serve.js) with other settings, on
// PostgreSQL, behind an https ORIGIN or with low limits. Each has its own data folder and, on PostgreSQL, its own
// database (not a schema: Kysely's migrator reads every schema of its database, and a spec dropping its schema
// meanwhile failed another's start); stop() ends the server, drops the database and removes the folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServe } from '../../../src/cli/serve-process.ts';
import { createDatabase } from '../../../src/lib/server/db/testing/server.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server.ts';

export interface Spawned {
	/** http://127.0.0.1:<port>: where to send requests (ORIGIN may say otherwise) */
	base: string;
	dataDir: string;
	/** its PostgreSQL database, if on PostgreSQL */
	database?: { url: string; drop: () => Promise<void> };
	/** ends the server; drops the database and removes the folder it made (not ones it shares) */
	stop: () => Promise<void>;
}

/** How long a server may take to answer: on a busy machine a first start migrates and hashes a password slowly. */
const READY_MS = 150_000;

/** A test's timeout when it starts `servers` servers and then needs up to `rest` ms for its own work. */
export const withServers = (servers: number, rest: number) => servers * READY_MS + rest;

/**
 * A server answering on a free port, with the e2e administrator and `env` (ORIGIN defaults to its own address).
 * `postgres`: a PostgreSQL URL beside which to make its database; `share`: another spawned server whose data
 * folder and database this one uses too (two instances of one deployment).
 */
export async function spawnServer(
	options: { env?: Record<string, string>; postgres?: string; share?: Spawned } = {}
): Promise<Spawned> {
	const { env = {}, postgres, share } = options;
	const dataDir = share?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'svar-spawned-'));
	const database =
		share?.database ?? (postgres ? await createDatabase(postgres, 'svar_spawned') : undefined);
	// the database and the data folder are this server's to remove unless it shares another's
	const dropOwn = async () => {
		if (share) return;
		await database?.drop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	};
	try {
		const server = await startServe({
			readyMs: READY_MS,
			env: {
				DATA_DIR: dataDir,
				ADMIN_EMAIL,
				ADMIN_PASSWORD,
				...(database ? { DATABASE_URL: database.url, DATABASE_SCHEMA: '' } : {}),
				...env
			}
		});
		return {
			base: server.base,
			dataDir,
			database,
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
