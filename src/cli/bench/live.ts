// Live updates at load (issue 18), for npm run bench: how many open event streams one built server holds within
// 100 MB more memory than it had without them, and how long an event takes to reach all of them at that load.
// Every stream is an agent's, so every event goes to every stream (the most a server fans out). SQLite: the
// streams of one instance; between instances the event travels once per server, not once per stream.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createSession } from '../../lib/server/auth/session.ts';
import { openDatabase } from '../../lib/server/db/index.ts';
import { seedBacklog } from '../../lib/server/db/testing/backlog.ts';
import type { Figure } from './figures.ts';
import { startBuiltServer } from './server.ts';

const BUDGET_MB = 100;
const STEPS = [250, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 6000, 8000];
const EVENTS = 20;

/** The server's resident memory, MB. */
function rssMb(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

interface Stream {
	/** when each ticket event arrived (performance.now()), in order */
	arrivals: number[];
	close: () => void;
}

function openStream(base: string, cookie: string): Promise<Stream> {
	return new Promise((resolve, reject) => {
		const arrivals: number[] = [];
		const request = http.get(
			`${base}/api/v1/events`,
			{ agent: false, headers: { cookie, accept: 'text/event-stream' } },
			(response) => {
				if (response.statusCode !== 200) return reject(new Error(`stream: ${response.statusCode}`));
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => {
					const at = performance.now();
					for (
						let i = chunk.indexOf('event: ticket');
						i >= 0;
						i = chunk.indexOf('event: ticket', i + 1)
					)
						arrivals.push(at);
				});
				response.on('error', () => {});
				resolve({ arrivals, close: () => request.destroy() });
			}
		);
		request.on('error', reject);
	});
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function liveFigures(root: string): Promise<Figure[]> {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-bench-live-'));
	const db = await openDatabase({ sqliteFile: path.join(dataDir, 'svar.db') });
	const { adminId } = await seedBacklog(db, { open: 10, solved: 0, now: Date.now() });
	const { token } = await createSession(db, adminId, Date.now());
	await db.destroy();
	const server = await startBuiltServer(root, { dataDir });
	const cookie = `svar_session=${token}`;
	const streams: Stream[] = [];
	try {
		const form = new FormData();
		for (const [k, v] of Object.entries({ subject: 'Bench', message: 'Live', locale: 'en' }))
			form.set(k, v);
		const created = await fetch(`${server.base}/api/v1/tickets`, {
			method: 'POST',
			headers: { cookie, origin: server.base },
			body: form
		});
		const { ref } = (await created.json()) as { ref: string };
		// a few streams and an event first, so the baseline has the routes loaded
		for (let i = 0; i < 5; i++) streams.push(await openStream(server.base, cookie));
		const note = () =>
			fetch(`${server.base}/api/v1/tickets/${ref}/replies`, {
				method: 'POST',
				headers: { cookie, origin: server.base, 'content-type': 'application/json' },
				body: JSON.stringify({ message: 'Bench note', internal: true })
			});
		await note();
		await settle(1_000);
		const baseline = rssMb(server.pid);

		let held = 0;
		let heldMb = 0;
		for (const step of STEPS) {
			while (streams.length < step)
				streams.push(
					...(await Promise.all(
						Array.from({ length: Math.min(100, step - streams.length) }, () =>
							openStream(server.base, cookie)
						)
					))
				);
			await settle(1_500);
			const extra = rssMb(server.pid) - baseline;
			if (extra > BUDGET_MB) {
				for (const s of streams.splice(held)) s.close();
				break;
			}
			held = streams.length;
			heldMb = extra;
		}
		await settle(500);

		// at that load: each event's delay from the change being sent to its arrival on every stream
		const delays: number[] = [];
		for (let n = 0; n < EVENTS; n++) {
			const before = streams.map((s) => s.arrivals.length);
			const sent = performance.now();
			await note();
			const deadline = Date.now() + 10_000;
			while (streams.some((s, i) => s.arrivals.length <= before[i]!) && Date.now() < deadline)
				await settle(5);
			for (const [i, s] of streams.entries()) {
				const at = s.arrivals[before[i]!];
				delays.push(at === undefined ? 10_000 : at - sent);
			}
		}
		delays.sort((a, b) => a - b);
		const p95 = delays[Math.floor(delays.length * 0.95)]!;
		const section = `Live updates: open event streams on one server (SQLite, agents' streams, ≤ ${BUDGET_MB} MB more memory)`;
		return [
			{
				section,
				name: 'open streams held within the budget',
				value: held,
				unit: 'streams',
				better: 'higher',
				note: `${heldMb.toFixed(0)} MB more than without them (${((heldMb * 1024) / Math.max(1, held)).toFixed(1)} KB each); the bench stops at ${STEPS.at(-1)}`
			},
			{
				section,
				name: `event delay p95 at ${held} streams`,
				value: Math.round(p95),
				unit: 'ms',
				better: 'lower',
				against: { name: 'target', kind: 'target', value: 2_000 },
				note: `${EVENTS} events, from the change being sent to its arrival on each stream; median ${Math.round(delays[Math.floor(delays.length / 2)]!)} ms`
			}
		];
	} finally {
		for (const s of streams) s.close();
		await server.stop();
	}
}
