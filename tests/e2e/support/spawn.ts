// Servers of a spec's own beside the e2e one: the built server (src/cli/serve.js) with other settings, on
// PostgreSQL, behind an https ORIGIN or with low limits. Each has its own data folder and, on PostgreSQL, its own
// schema; stop() ends the server and drops the schema.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import pg from 'pg';
import { freePort } from '../../../src/cli/free-port.ts';
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
	// the port is free when asked, but another process may take it before this server listens: then try another
	for (let attempt = 0; attempt < 3; attempt++) {
		const started = await start(await freePort(), { env, postgres, dataDir, schema, share });
		if (started !== 'port taken') return started;
	}
	throw new Error('spawnServer: three ports were taken under it');
}

/** How long a server may take to answer: on a busy machine a first start migrates and hashes a password slowly. */
const READY_MS = 150_000;

/** A test's timeout when it starts `servers` servers and then needs up to `rest` ms for its own work. */
export const withServers = (servers: number, rest: number) => servers * READY_MS + rest;

async function start(
	port: number,
	run: {
		env: Record<string, string>;
		postgres?: string;
		dataDir: string;
		schema?: string;
		share?: Spawned;
	}
): Promise<Spawned | 'port taken'> {
	const { env, postgres, dataDir, schema, share } = run;
	const base = `http://127.0.0.1:${port}`;
	const child = spawn('node', ['src/cli/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATA_DIR: dataDir,
			ADMIN_EMAIL,
			ADMIN_PASSWORD,
			...(schema ? { DATABASE_URL: postgres, DATABASE_SCHEMA: schema } : {}),
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// what it said last, for the error if it never answers
	let said = '';
	const hear = (chunk: Buffer) => (said = (said + chunk.toString()).slice(-4000));
	child.stdout.on('data', hear);
	child.stderr.on('data', hear);
	let exited: number | null | undefined;
	child.on('exit', (code) => (exited = code));
	// the schema is this server's to drop unless it shares another's
	const dropOwn = async () => {
		if (postgres && schema && !share) await dropSchema(postgres, schema);
	};
	const stop = async () => {
		child.kill();
		await dropOwn();
	};
	try {
		await expect
			.poll(
				async () => {
					if (exited !== undefined) return 'exited';
					const status = (
						await fetch(`${base}/en`, { signal: AbortSignal.timeout(10_000) }).catch(
							() => undefined
						)
					)?.status;
					return status === 200 ? 'answering' : 'waiting';
				},
				{ timeout: READY_MS, intervals: [100, 250, 500, 1000] }
			)
			.not.toBe('waiting');
	} catch {
		await stop();
		throw new Error(
			`spawnServer: no answer from ${base} in ${READY_MS / 1000} s. It said:\n${said}`
		);
	}
	if (exited !== undefined) {
		if (/EADDRINUSE/.test(said)) return 'port taken';
		await dropOwn();
		throw new Error(`spawnServer: the server on ${base} exited (${exited}). It said:\n${said}`);
	}
	return { base, dataDir, schema, stop };
}
