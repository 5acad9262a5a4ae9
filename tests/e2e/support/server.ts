// The e2e server of this run: playwright.config.ts starts it, with its first administrator, and passes its
// address and data folder to every worker through these variables. Tests that need servers of their own (on
// PostgreSQL, several at once) start them with `startServer`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import pg from 'pg';
export const ADMIN_EMAIL = 'admin@e2e.test';
export const ADMIN_PASSWORD = 'e2e administrator passphrase 5521';

export const BASE_URL = process.env.E2E_BASE_URL ?? '';
export const DATA_DIR = process.env.E2E_DATA_DIR ?? '';

/** A server of a test's own (another database, more instances): its address, data folder, and a stop. */
export interface OwnServer {
	base: string;
	dataDir: string;
	stop: () => void;
}

/**
 * Start the built server on `port` with `env` on top of this process's, in `dataDir` (a new folder unless
 * given), and wait until it answers.
 */
export async function startServer(
	port: number,
	env: Record<string, string> = {},
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-own-'))
): Promise<OwnServer> {
	const base = `http://127.0.0.1:${port}`;
	const child = spawn('node', ['src/cli/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATA_DIR: dataDir,
			...env
		},
		stdio: 'ignore'
	});
	await expect
		.poll(async () => (await fetch(`${base}/en`).catch(() => undefined))?.status, {
			timeout: 30_000
		})
		.toBe(200);
	return { base, dataDir, stop: () => child.kill() };
}

/** A port for a test's own server, away from the e2e server's (E2E_PORT), other runs' and fetch's blocked ports (5060). */
export const freePort = () => 4400 + Math.floor(Math.random() * 300) * 2;

/** A PostgreSQL schema of its own for a test's servers, dropped by `drop()`. */
export function pgSchema(url: string) {
	const name = `svar_e2e_${randomBytes(5).toString('hex')}`;
	return {
		name,
		drop: async () => {
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			await client.query(`drop schema if exists ${name} cascade`);
			await client.end();
		}
	};
}
