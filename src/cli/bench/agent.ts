// The agent workspace at a busy month's size, for npm run bench: the prioritised queue and the reports summary,
// read over HTTP from the built server (autocannon, 4 connections, loopback), each as its API and as its page,
// each after as many requests again to warm it up.
// The history is written in bulk (db/testing/backlog.ts), not through 50,000 API calls.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createSession } from '../../lib/server/auth/session.ts';
import { openDatabase } from '../../lib/server/db/index.ts';
import { refreshRecentCounts } from '../../lib/server/db/recent-tickets.ts';
import { rebuildReportFacts } from '../../lib/server/db/report-rebuild.ts';
import { gatherStatistics, seedBacklog } from '../../lib/server/db/testing/backlog.ts';
import type { Figure } from './figures.ts';
import { cpuSeconds, startBuiltServer } from './server.ts';

export interface ReadFigure {
	p50: number;
	p99: number;
	perSecond: number;
	errors: number;
	/** the server's own CPU time per request (ms) */
	cpuMs: number;
}

const CONNECTIONS = 4;

/**
 * A database holding `open` + `solved` tickets of the last 30 days and a signed-in admin, served by the built
 * server; `reads` are the addresses to measure and how many requests each.
 */
export async function workspaceLoad(
	root: string,
	options: { databaseUrl?: string; open: number; solved: number; reads: [string, number][] }
): Promise<Map<string, ReadFigure>> {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-bench-agent-'));
	const schema = options.databaseUrl ? `svar_bench_${randomBytes(5).toString('hex')}` : undefined;
	const db = await openDatabase(
		options.databaseUrl
			? { databaseUrl: options.databaseUrl, pgSchema: schema }
			: { sqliteFile: path.join(dataDir, 'svar.db') }
	);
	const now = Date.now();
	const { adminId } = await seedBacklog(db, { open: options.open, solved: options.solved, now });
	// how often each customer wrote in the last 30 days (tickets/queue FREQUENCY_WINDOW_MS), stored as the
	// background job stores it for history the app did not write itself
	await refreshRecentCounts(db, now - 30 * 24 * 60 * 60 * 1000);
	// and the reports' running figures, computed from the rows as the migration computes them for data it finds
	await rebuildReportFacts(db);
	await gatherStatistics(db);
	const { token } = await createSession(db, adminId, now);
	await db.destroy();
	const { base, pid, stop } = await startBuiltServer(root, {
		dataDir,
		databaseUrl: options.databaseUrl,
		schema
	});
	const read = async (url: string, amount: number): Promise<ReadFigure> => {
		const cpuBefore = cpuSeconds(pid);
		const result = await autocannon({
			url: `${base}${url}`,
			connections: CONNECTIONS,
			amount,
			headers: { cookie: `svar_session=${token}` }
		});
		return {
			p50: result.latency.p50,
			p99: result.latency.p99,
			perSecond: result.requests.average,
			errors: result.non2xx + result.errors,
			cpuMs: ((cpuSeconds(pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total)
		};
	};
	try {
		const figures = new Map<string, ReadFigure>();
		// each address as many times unmeasured first: the figures are a running server's, not its first start
		// of a route nor V8 still compiling what it runs (the first hundred of a route ran ~15% slower)
		for (const [url, amount] of options.reads) {
			await read(url, amount);
			figures.set(url, await read(url, amount));
		}
		return figures;
	} finally {
		await stop();
	}
}

const QUEUE_API = '/api/v1/agent/queue';
const SUMMARY_API = '/api/v1/reports/summary';

/**
 * Per database: the queue and the summary (API and page) at 2,000 open and 3,000 solved tickets, and the
 * summary at 50,000 (2,000 open, 48,000 solved), each p50 against the issue's target.
 */
export async function agentFigures(
	root: string,
	options: { databases: [name: string, url: string | undefined][] }
): Promise<Figure[]> {
	const section = `Agent workspace: a busy month (autocannon, ${CONNECTIONS} connections, after as many requests unmeasured; p50 latency)`;
	const figures: Figure[] = [];
	/** `own`: the pages' limits are the bench's own; the issue's are the APIs' */
	const p50 = (name: string, f: ReadFigure, target: number, own?: true): Figure => ({
		section,
		name,
		value: f.p50,
		unit: 'ms',
		better: 'lower',
		against: { name: 'target', kind: 'target', value: target, own },
		note: `p99 ${f.p99} ms; server CPU ${f.cpuMs.toFixed(1)} ms per request${f.errors ? `; ${f.errors} errors ← NOT 2xx` : ''}`
	});
	for (const [name, databaseUrl] of options.databases) {
		const busy = await workspaceLoad(root, {
			databaseUrl,
			open: 2000,
			solved: 3000,
			reads: [
				[QUEUE_API, 100],
				['/agent', 100],
				[SUMMARY_API, 40],
				['/agent/reports', 40]
			]
		});
		figures.push(
			p50(`${name}, 5,000 tickets: queue API`, busy.get(QUEUE_API)!, 30),
			p50(`${name}, 5,000 tickets: inbox page`, busy.get('/agent')!, 30, true),
			p50(`${name}, 5,000 tickets: summary API`, busy.get(SUMMARY_API)!, 100),
			p50(`${name}, 5,000 tickets: reports page`, busy.get('/agent/reports')!, 100, true)
		);
		const large = await workspaceLoad(root, {
			databaseUrl,
			open: 2000,
			solved: 48_000,
			reads: [[SUMMARY_API, 20]]
		});
		figures.push(p50(`${name}, 50,000 tickets: summary API`, large.get(SUMMARY_API)!, 300));
	}
	return figures;
}
