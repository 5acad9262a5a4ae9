// The agent workspace under a realistic backlog, for npm run bench: the prioritised queue and the reports
// summary, read over HTTP from the built server (autocannon, loopback). Figures only; no targets are set yet.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createSession } from '../../lib/server/auth/session.ts';
import { openDatabase } from '../../lib/server/db/index.ts';
import { insertTicket } from '../../lib/server/db/tickets.ts';
import { solvedWithSurvey } from '../../lib/server/db/testing/history.ts';
import { insertUser } from '../../lib/server/db/users.ts';
import { startBuiltServer } from './server.ts';

export interface ReadFigure {
	p50: number;
	p99: number;
	perSecond: number;
	errors: number;
}

export interface WorkspaceResult {
	open: number;
	solved: number;
	queue: ReadFigure;
	summary: ReadFigure;
}

const DAY = 24 * 60 * 60 * 1000;

export async function workspaceLoad(
	root: string,
	options: { databaseUrl?: string; open?: number; solved?: number } = {}
): Promise<WorkspaceResult> {
	const openCount = options.open ?? 2000;
	const solvedCount = options.solved ?? 3000;
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-bench-agent-'));
	const schema = options.databaseUrl ? `svar_bench_${randomBytes(5).toString('hex')}` : undefined;
	const db = await openDatabase(
		options.databaseUrl
			? { databaseUrl: options.databaseUrl, pgSchema: schema }
			: { sqliteFile: path.join(dataDir, 'svar.db') }
	);
	const now = Date.now();
	const admin = await insertUser(db, {
		email: 'bench-admin@example.test',
		name: 'Bench Admin',
		passwordHash: 'x',
		locale: 'en',
		role: 'admin',
		verified: true,
		now
	});
	const { token } = await createSession(db, admin.id, now);
	// a backlog like a busy month: most customers write once, a few write daily
	const customers: string[] = [];
	for (let i = 0; i < 800; i++)
		customers.push(
			(
				await insertUser(db, {
					email: `c${i}@example.test`,
					name: `Customer ${i}`,
					passwordHash: 'x',
					locale: ['en', 'nb', 'sv', 'ru'][i % 4]!,
					role: 'customer',
					verified: true,
					now
				})
			).id
		);
	const locales = ['en', 'nb', 'sv', 'ru'];
	await db.transaction().execute(async (trx) => {
		for (let i = 0; i < openCount + solvedCount; i++) {
			const frequent = i % 10 === 0;
			const userId = customers[frequent ? i % 20 : i % customers.length]!;
			const created = now - Math.floor(((i * 7919) % 30) * DAY + (i % 1440) * 60_000);
			const ticket = await insertTicket(trx, {
				userId,
				subject: `Question ${i}`,
				body: 'The card terminal does not start after the update.',
				locale: locales[i % 4]!,
				category: null,
				article: null,
				callback: null,
				context: null,
				idempotencyKey: null,
				files: [],
				dueAt: created + DAY,
				now: created
			});
			if (i >= openCount)
				await solvedWithSurvey(
					trx,
					{ id: ticket.id, userId, locale: ticket.locale, created },
					i,
					now
				);
		}
	});
	await db.destroy();
	const { base, stop } = await startBuiltServer(root, {
		dataDir,
		databaseUrl: options.databaseUrl,
		schema
	});
	const read = async (url: string, amount: number): Promise<ReadFigure> => {
		const result = await autocannon({
			url: `${base}${url}`,
			connections: 4,
			amount,
			headers: { cookie: `svar_session=${token}` }
		});
		return {
			p50: result.latency.p50,
			p99: result.latency.p99,
			perSecond: result.requests.average,
			errors: result.non2xx + result.errors
		};
	};
	try {
		return {
			open: openCount,
			solved: solvedCount,
			queue: await read('/api/v1/agent/queue', 100),
			summary: await read('/api/v1/reports/summary', 40)
		};
	} finally {
		await stop();
	}
}
