// Ticket creation under load for npm run bench: autocannon against the built server on loopback, rotating
// through many verified customers (each may send 10 tickets an hour), after a quarter as many unmeasured to warm
// it up. Afterwards the database must hold exactly as many tickets as there were 2xx answers.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { insertUser } from '../../lib/server/db/users.ts';
import { createSession } from '../../lib/server/auth/session.ts';
import { openDatabase, type DB } from '../../lib/server/db/index.ts';
import type { Figure } from './figures.ts';
import { cpuSeconds, startBuiltServer } from './server.ts';

const CONNECTIONS = 8;
const AMOUNT = 2400;
/** Tickets sent unmeasured first, to warm the server up: a quarter as many as are measured. */
const warmupFor = (amount: number) => Math.ceil(amount / 4);

export interface LoadResult {
	perSecond: number;
	p50: number;
	p99: number;
	ok: number;
	errors: number;
	stored: number;
	/** the server's own CPU time per ticket (ms): what a busy machine disturbs far less than the clock */
	cpuMs: number;
}

const BOUNDARY = '----svarbench';
function multipart(fields: Record<string, string>): string {
	return (
		Object.entries(fields)
			.map(
				([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`
			)
			.join('') + `--${BOUNDARY}--\r\n`
	);
}

export async function ticketLoad(
	root: string,
	options: { databaseUrl?: string; amount?: number; connections?: number } = {}
): Promise<LoadResult> {
	// a fixed number of requests, all answered, so the tickets stored can be compared with the 2xx answers
	const amount = options.amount ?? AMOUNT;
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-bench-tickets-'));
	const schema = options.databaseUrl ? `svar_bench_${randomBytes(5).toString('hex')}` : undefined;
	const open = () =>
		openDatabase(
			options.databaseUrl
				? { databaseUrl: options.databaseUrl, pgSchema: schema }
				: { sqliteFile: path.join(dataDir, 'svar.db') }
		);
	let db: DB = await open();
	const users = 600;
	const tokens: string[] = [];
	for (let i = 0; i < users; i++) {
		const user = await insertUser(db, {
			email: `load${i}@example.test`,
			name: `Load ${i}`,
			passwordHash: 'x',
			locale: 'en',
			role: 'customer',
			verified: true,
			now: Date.now()
		});
		tokens.push((await createSession(db, user.id, Date.now())).token);
	}
	await db.destroy();
	const { base, pid, stop } = await startBuiltServer(root, {
		dataDir,
		databaseUrl: options.databaseUrl,
		schema,
		env: { ADMIN_EMAIL: 'admin@example.test', ADMIN_PASSWORD: 'bench admin password' }
	});
	try {
		let n = 0;
		const run = (tickets: number) =>
			autocannon({
				url: `${base}/api/v1/tickets`,
				connections: options.connections ?? CONNECTIONS,
				amount: tickets,
				requests: [
					{
						method: 'POST',
						setupRequest: (request) => {
							const i = n++;
							return {
								...request,
								headers: {
									origin: base,
									cookie: `svar_session=${tokens[i % users]}`,
									'content-type': `multipart/form-data; boundary=${BOUNDARY}`
								},
								body: multipart({
									subject: `Load ${i}`,
									message: 'The card terminal does not start.',
									locale: 'en',
									idempotencyKey: `bench-${String(i).padStart(6, '0')}`
								})
							};
						}
					}
				]
			});
		// a quarter as many first, unmeasured: the figures are a running server's, not V8 compiling the route
		const warmup = await run(warmupFor(amount));
		const cpuBefore = cpuSeconds(pid);
		const result = await run(amount);
		const cpu = cpuSeconds(pid) - cpuBefore;
		db = await open();
		// the measured run's: what the warm-up stored is counted apart
		const stored =
			Number((await sql<{ n: number }>`select count(*) as n from tickets`.execute(db)).rows[0]!.n) -
			warmup['2xx'];
		await db.destroy();
		if (process.env.SVAR_BENCH_DEBUG)
			console.error(result.statusCodeStats, result.errors, result.non2xx);
		return {
			perSecond: result.requests.average,
			p50: result.latency.p50,
			p99: result.latency.p99,
			ok: result['2xx'],
			errors: result.non2xx + result.errors,
			stored,
			cpuMs: result['2xx'] ? (cpu * 1000) / result['2xx'] : 0
		};
	} finally {
		await stop();
	}
}

/**
 * Per database: tickets created per second and the p99 latency under load (SQLite ≥ 300/s with p99 ≤ 50 ms,
 * PostgreSQL ≥ 300/s; its p99 is shown without a target), with the stored count checked against the answers.
 */
export async function ticketFigures(
	root: string,
	options: { databases: [name: string, url: string | undefined][] }
): Promise<Figure[]> {
	const section = `Ticket creation under load (autocannon, ${CONNECTIONS} connections, ${AMOUNT.toLocaleString('en')} tickets after ${warmupFor(AMOUNT).toLocaleString('en')} unmeasured)`;
	const figures: Figure[] = [];
	for (const [name, databaseUrl] of options.databases) {
		const result = await ticketLoad(root, { databaseUrl });
		const note = `errors ${result.errors}; stored ${result.stored} of ${result.ok} answered 2xx${result.stored === result.ok ? '' : ' ← MISMATCH'}`;
		figures.push(
			{
				section,
				name: `${name}: tickets per second`,
				value: result.perSecond,
				unit: '/s',
				better: 'higher',
				against: { name: 'target', kind: 'target', value: 300 },
				note
			},
			{
				section,
				name: `${name}: p99`,
				value: result.p99,
				unit: 'ms',
				better: 'lower',
				...(databaseUrl ? {} : { against: { name: 'target', kind: 'target', value: 50 } }),
				note: `p50 ${result.p50} ms; server CPU ${result.cpuMs.toFixed(2)} ms per ticket`
			}
		);
	}
	return figures;
}
