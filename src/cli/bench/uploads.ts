// Server memory under uploads, for npm run bench (figures, not a test): 8 posts of 50 MB (5 text files of 10 MB)
// at once against the built server, each case on a fresh server, its resident memory read from /proc before,
// at the peak (VmHWM) and after. Alone: `npx tsx src/cli/bench/uploads.ts [project root]` (another root: an
// older build to compare with).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createSession } from '../../lib/server/auth/session.ts';
import { openDatabase } from '../../lib/server/db/index.ts';
import { countHit } from '../../lib/server/db/rate-limits.ts';
import { insertUser } from '../../lib/server/db/users.ts';
import {
	MULTIPART_TYPE,
	partsLength,
	pieces,
	postParts
} from '../../lib/server/tickets/testing/multipart.ts';
import type { Figure } from './figures.ts';
import { startBuiltServer } from './server.ts';

const MB = 1024 * 1024;
const PARALLEL = 8;

export interface UploadFigure {
	name: string;
	statuses: Record<number, number>;
	/** resident memory of the server in MB: idle before, the peak, and when the answers are in */
	before: number;
	peak: number;
	after: number;
	seconds: number;
}

const CASES = [
	{ name: 'accepted (8 accounts)', files: 5, fileBytes: 10 * MB - 1024, limited: false },
	{ name: 'over the hourly ticket limit', files: 5, fileBytes: 10 * MB - 1024, limited: true },
	{ name: 'over 52 MB (6 files)', files: 6, fileBytes: 10 * MB - 1024, limited: false }
];

export async function uploadMemory(root: string): Promise<UploadFigure[]> {
	const figures: UploadFigure[] = [];
	for (const c of CASES) {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-bench-uploads-'));
		const server = await startBuiltServer(root, { dataDir });
		try {
			// the server made and migrated the database; the accounts go straight in
			const db = await openDatabase({ sqliteFile: path.join(dataDir, 'svar.db') });
			const tokens: string[] = [];
			for (let i = 0; i < PARALLEL; i++) {
				const now = Date.now();
				const user = await insertUser(db, {
					email: `upload${c.limited ? 0 : i}-${i}@example.test`,
					name: `Upload ${i}`,
					passwordHash: 'x',
					locale: 'en',
					role: 'customer',
					verified: true,
					now
				});
				if (c.limited)
					for (let n = 0; n < 10; n++) await countHit(db, `tickets:${user.id}`, 3600_000, now);
				tokens.push((await createSession(db, user.id, now)).token);
			}
			await db.destroy();
			await fetch(`${server.base}/en/contact`); // warm
			const before = memory(server.pid).rss;
			const started = performance.now();
			const statuses = await Promise.all(
				tokens.map((token) => send(server.base, token, c.files, c.fileBytes))
			);
			const seconds = (performance.now() - started) / 1000;
			const { rss: after, peak } = memory(server.pid);
			const count: Record<number, number> = {};
			for (const s of statuses) count[s] = (count[s] ?? 0) + 1;
			figures.push({ name: c.name, statuses: count, before, peak, after, seconds });
		} finally {
			await server.stop();
		}
	}
	return figures;
}

/** VmRSS and VmHWM (the peak since the process started) in MB. */
function memory(pid: number): { rss: number; peak: number } {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** One ticket with `files` text files of `fileBytes`, made as it is sent; resolves with the status. */
function send(base: string, token: string, files: number, fileBytes: number): Promise<number> {
	const parts = postParts(
		{ subject: 'Logs', message: 'The logs', locale: 'en' },
		Array.from({ length: files }, (_, i) => ({ name: `log${i}.txt`, bytes: fileBytes }))
	);
	const source = pieces(parts);
	return new Promise((resolve) => {
		let answered = false;
		const request = http.request(`${base}/api/v1/tickets`, {
			method: 'POST',
			headers: {
				origin: base,
				cookie: `svar_session=${token}`,
				'content-type': MULTIPART_TYPE,
				'content-length': String(partsLength(parts))
			}
		});
		request.on('response', (response) => {
			answered = true;
			response.resume();
			response.on('end', () => {
				resolve(response.statusCode ?? 0);
				request.destroy();
			});
		});
		request.on('error', () => !answered && resolve(0));
		const write = () => {
			while (!answered) {
				const next = source.next();
				if (next.done) return void request.end();
				if (!request.write(next.value)) return void request.once('drain', write);
			}
		};
		write();
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = path.resolve(process.argv[2] ?? '.');
	console.log(`Server memory, ${PARALLEL} posts of 50 MB at once (${root})`);
	for (const f of await uploadMemory(root)) console.log(formatUploadFigure(f));
}

export function formatUploadFigure(f: UploadFigure): string {
	const statuses = Object.entries(f.statuses)
		.map(([s, n]) => `${n}× ${s}`)
		.join(', ');
	return `  ${f.name.padEnd(30)} RSS ${f.before.toFixed(0)} MB → peak ${f.peak.toFixed(0)} MB, after ${f.after.toFixed(0)} MB   (${statuses}; ${f.seconds.toFixed(1)} s)`;
}

/**
 * The server's memory growth (peak minus idle) in each case: accepted uploads may hold what they store, at most
 * twice the 400 MB posted; refused ones are answered before their bodies are read, so they stay near idle.
 */
export async function uploadFigures(root: string): Promise<Figure[]> {
	const section = `Server memory, ${PARALLEL} posts of 50 MB at once (SQLite; peak resident minus idle)`;
	return (await uploadMemory(root)).map((f, i) => ({
		section,
		name: f.name,
		value: f.peak - f.before,
		unit: 'MB',
		better: 'lower',
		against: { name: 'target', kind: 'target', value: i === 0 ? 800 : 64 },
		note: `${Object.entries(f.statuses)
			.map(([s, n]) => `${n}× ${s}`)
			.join(', ')}; ${f.seconds.toFixed(1)} s`
	}));
}
