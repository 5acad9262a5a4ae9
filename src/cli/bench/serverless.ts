// Serverless cold starts for npm run bench (issue 15: ≤ 150 ms to first byte in the harness). The Vercel output
// is built and run in the test harness (tests/serverless/: a fresh process per cold start, away from the
// project's node_modules) against PostgreSQL, and every instance is reclaimed before each request, so each one
// is a cold start: `GET /api/v1/me` signed out (a 401 that needs no database) and signed in (which connects to
// PostgreSQL and reads the session and the account). Beside them, in the same harness, a function that only
// builds the Request and Response Kit builds for each request: what Node itself costs, no app at all.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { visitor } from '../../../tests/serverless/client.ts';
import { deploy } from '../../../tests/serverless/deployment.ts';
import { startPlatform, type Platform } from '../../../tests/serverless/platform.ts';
import { freePort } from '../free-port.ts';
import type { Figure } from './figures.ts';

const TARGET_MS = 150;
const ADMIN = { email: 'bench-admin@svar.test', password: 'a long bench passphrase 7' };

/** A Build Output folder with one function that answers every request as Kit's entry would, minus the app. */
function floorOutput(): string {
	const output = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-floor-'));
	const dir = path.join(output, 'functions', 'floor.func');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(output, 'config.json'),
		JSON.stringify({ version: 3, routes: [{ src: '/(.*)', dest: '/floor' }] })
	);
	fs.writeFileSync(path.join(dir, '.vc-config.json'), JSON.stringify({ handler: 'index.mjs' }));
	fs.writeFileSync(
		path.join(dir, 'index.mjs'),
		`export default async (req, res) => {
	const headers = new Headers();
	for (const [name, value] of Object.entries(req.headers)) headers.set(name, String(value));
	const request = new Request('https://' + req.headers.host + req.url, { method: req.method, headers });
	const response = new Response(JSON.stringify({ error: { code: 'unauthorized', path: new URL(request.url).pathname } }), {
		status: 401,
		headers: { 'content-type': 'application/json' }
	});
	res.writeHead(response.status, Object.fromEntries(response.headers));
	res.end(Buffer.from(await response.arrayBuffer()));
};
`
	);
	return output;
}

/** Lone cold starts of `request`: every idle instance is reclaimed first. Returns each one's ms to first byte. */
async function lone(
	platform: Platform,
	runs: number,
	request: () => Promise<Response>,
	status: number
): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		platform.reclaimIdle();
		const answer = await request();
		await answer.arrayBuffer();
		if (answer.status !== status)
			throw new Error(
				`cold start answered ${answer.status}, not ${status}:\n${platform.logs.join('')}`
			);
		times.push(platform.coldStarts.at(-1)!);
	}
	return times.sort((a, b) => a - b);
}

const median = (sorted: number[]) => sorted[sorted.length >> 1]!;
const spread = (sorted: number[]) =>
	`median of ${sorted.length}; min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)} ms`;

export async function serverlessFigures(
	root: string,
	{ databaseUrl, runs = 15 }: { databaseUrl: string | undefined; runs?: number }
): Promise<Figure[]> {
	if (!databaseUrl) {
		console.log('Serverless: skipped (the function needs PostgreSQL: set TEST_DATABASE_URL)');
		return [];
	}
	const deployment = await deploy(root, {
		databaseUrl,
		port: await freePort(),
		smtpPort: await freePort(),
		cronSecret: randomBytes(24).toString('hex'),
		admin: ADMIN
	});
	const svar = deployment.platform;
	const floor = floorOutput();
	let nothing: Platform | undefined;
	try {
		const alone = (nothing = await startPlatform({
			output: floor,
			port: await freePort(),
			env: { PATH: process.env.PATH }
		}));
		const admin = visitor(svar.url);
		await admin.json('POST', '/api/v1/auth/login', ADMIN);

		const node = await lone(alone, runs, () => fetch(`${alone.url}/api/v1/me`), 401);
		const signedOut = await lone(svar, runs, () => fetch(`${svar.url}/api/v1/me`), 401);
		const signedIn = await lone(svar, runs, () => admin.request('GET', '/api/v1/me'), 200);
		const section = 'Serverless cold start (Vercel output in the harness, ms to first byte)';
		const figure = (name: string, times: number[]): Figure => ({
			section,
			name,
			value: median(times),
			unit: 'ms',
			better: 'lower',
			against: { name: 'target', value: TARGET_MS, kind: 'target' },
			note: `${spread(times)}; Node and its fetch classes alone: ${median(node).toFixed(0)} ms`
		});
		return [
			figure('GET /api/v1/me signed out (401, no database)', signedOut),
			figure('GET /api/v1/me signed in (connects, reads the session)', signedIn)
		];
	} finally {
		await nothing?.close();
		fs.rmSync(floor, { recursive: true, force: true });
		await deployment.close();
	}
}
