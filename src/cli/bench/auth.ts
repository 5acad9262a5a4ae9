// Account figures for npm run bench: time per password hash, session validation per request, login
// throughput against the real server on loopback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createUser } from '../../lib/server/accounts/users.ts';
import { hashPassword, verifyPassword } from '../../lib/server/auth/password.ts';
import { createSession, validateSessionToken } from '../../lib/server/auth/session.ts';
import { openDatabase } from '../../lib/server/db/index.ts';
import type { Figure } from './figures.ts';
import { startBuiltServer } from './server.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function hashMs(): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < 9; i++) {
		const started = performance.now();
		await hashPassword(`bench password ${i}`);
		times.push(performance.now() - started);
	}
	return median(times);
}

/** Password checks per second with `concurrency` in flight, in this process: what logins would reach if the
 * hash were all a login cost, on the cores this machine can give it right now. */
export async function verifiesPerSecond(total = 120, concurrency = 4): Promise<number> {
	const stored = await hashPassword('bench password 1');
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next++ < total) await verifyPassword(stored, 'bench password 1');
		})
	);
	return total / ((performance.now() - started) / 1000);
}

/** Validating a session cookie, as hooks do on every request (SQLite file in WAL mode). */
export async function sessionValidationUs(): Promise<number> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-bench-db-'));
	const db = await openDatabase({ sqliteFile: path.join(dir, 'svar.db') });
	try {
		const user = await createUser(db, {
			email: 'bench@example.test',
			name: 'Bench',
			password: 'bench password 1',
			role: 'customer',
			now: Date.now()
		});
		const { token } = await createSession(db, user.id, Date.now());
		for (let i = 0; i < 200; i++) await validateSessionToken(db, token, Date.now());
		const runs = 2000;
		const started = performance.now();
		for (let i = 0; i < runs; i++) await validateSessionToken(db, token, Date.now());
		return ((performance.now() - started) / runs) * 1000;
	} finally {
		await db.destroy();
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** Successful logins per second through the built server (argon2 bound), `concurrency` at a time. */
export async function loginThroughput(
	root: string,
	total = 120,
	concurrency = 4
): Promise<{ perSecond: number; p50: number; p99: number }> {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-bench-login-'));
	const db = await openDatabase({ sqliteFile: path.join(dataDir, 'svar.db') });
	await createUser(db, {
		email: 'load@example.test',
		name: 'Load',
		password: 'bench password 1',
		role: 'customer',
		now: Date.now()
	});
	await db.destroy();
	const { base, stop } = await startBuiltServer(root, {
		dataDir,
		env: { ADMIN_EMAIL: 'admin@example.test', ADMIN_PASSWORD: 'bench admin password' }
	});
	try {
		const latencies: number[] = [];
		let next = 0;
		const started = performance.now();
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next++ < total) {
					const t = performance.now();
					const response = await fetch(`${base}/api/v1/auth/login`, {
						method: 'POST',
						headers: { 'content-type': 'application/json', origin: base },
						body: JSON.stringify({ email: 'load@example.test', password: 'bench password 1' })
					});
					if (response.status !== 200) throw new Error(`login answered ${response.status}`);
					latencies.push(performance.now() - t);
				}
			})
		);
		const seconds = (performance.now() - started) / 1000;
		latencies.sort((a, b) => a - b);
		return {
			perSecond: total / seconds,
			p50: latencies[Math.floor(latencies.length / 2)]!,
			p99: latencies[Math.floor(latencies.length * 0.99)]!
		};
	} finally {
		await stop();
	}
}

/**
 * Accounts: the hash's cost against a ceiling a person waits for, session validation against a per-request
 * budget, and login throughput against what the hash alone allows on this machine's cores in the same run.
 */
export async function accountFigures(root: string): Promise<Figure[]> {
	const section = 'Accounts (argon2id 19 MiB, t=2, p=1; logins 4 at a time over loopback)';
	const hash = await hashMs();
	const session = await sessionValidationUs();
	const logins = await loginThroughput(root);
	const hashesPerSecond = await verifiesPerSecond();
	const target = (value: number) => ({ name: 'target', kind: 'target', value }) as const;
	return [
		{ name: 'password hash, median', value: hash, unit: 'ms', against: target(500) },
		{
			name: 'session validation per request (SQLite)',
			value: session,
			unit: 'µs',
			against: target(1000)
		},
		{ name: 'login p99', value: logins.p99, unit: 'ms', against: target(1000) },
		{
			name: 'logins per second',
			value: logins.perSecond,
			unit: '/s',
			better: 'higher',
			against: {
				name: 'argon2 alone, 4 at a time',
				kind: 'peer',
				value: hashesPerSecond,
				ratio: 0.8,
				own: true
			}
		}
	].map((f) => ({ section, better: 'lower', ...f }) as Figure);
}
