// Stateless, so it scales out: two instances of the built server against one PostgreSQL database. Sign up on
// A, log in on B, create a ticket with a file on A, read it and download the file on B, reply on B, see the
// reply on A. Needs TEST_DATABASE_URL (CI sets it); each run uses a schema of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { linkIn, mailTo } from './mail.ts';

const url = process.env.TEST_DATABASE_URL;
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

test.skip(!url, 'needs TEST_DATABASE_URL (PostgreSQL)');

test('two app servers share nothing but PostgreSQL', async () => {
	test.setTimeout(90_000);
	const schema = `svar_scale_${randomBytes(5).toString('hex')}`;
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-scale-'));
	const servers: ChildProcess[] = [];
	const contexts: APIRequestContext[] = [];
	/** A server on its own port; a client for it, optionally with a session cookie. */
	const start = async (port: number) => {
		const base = `http://127.0.0.1:${port}`;
		const child = spawn('node', ['src/cli/serve.js'], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: base,
				DATA_DIR: dataDir,
				DATABASE_URL: url!,
				DATABASE_SCHEMA: schema
			},
			stdio: 'ignore'
		});
		servers.push(child);
		await expect
			.poll(async () => (await fetch(`${base}/en`).catch(() => undefined))?.status, {
				timeout: 30_000
			})
			.toBe(200);
		return (cookie?: string) => {
			const context = playwrightRequest.newContext({
				baseURL: base,
				extraHTTPHeaders: { origin: base, ...(cookie ? { cookie: `svar_session=${cookie}` } : {}) }
			});
			return context.then((c) => (contexts.push(c), c));
		};
	};
	const previous = process.env.E2E_DATA_DIR;
	// both servers write .eml files to one folder: whichever worker claims a message sends it
	process.env.E2E_DATA_DIR = dataDir;
	try {
		const port = 4400 + Math.floor(Math.random() * 400);
		const clientOfA = await start(port);
		const clientOfB = await start(port + 1);
		const email = `scale-${Date.now()}@example.test`;
		const password = 'correct horse battery staple 7';

		const a = await clientOfA();
		expect(
			(
				await a.post('/api/v1/auth/signup', {
					data: { name: 'Scale', email, password, locale: 'en' }
				})
			).status()
		).toBe(202);
		const b = await clientOfB();
		await b.get(linkIn(await mailTo(email, /verify/), 'verify'), { maxRedirects: 0 });
		expect((await b.post('/api/v1/auth/login', { data: { email, password } })).status()).toBe(200);
		const session = (await b.storageState()).cookies.find((c) => c.name === 'svar_session')!.value;

		const onA = await clientOfA(session);
		const form = new FormData();
		form.set('subject', 'Scale-out test');
		form.set('message', 'Written on A');
		form.set('locale', 'en');
		form.append('files', new Blob([PNG], { type: 'image/png' }), 'a.png');
		const created = await onA.post('/api/v1/tickets', { multipart: form });
		expect(created.status()).toBe(201);
		const { ref } = await created.json();

		const ticket = await (await b.get(`/api/v1/tickets/${ref}`)).json();
		expect(ticket.messages[0].body).toBe('Written on A');
		const file = await b.get(ticket.messages[0].attachments[0].url);
		expect(file.status()).toBe(200);
		expect(Buffer.from(await file.body())).toEqual(PNG);
		expect(
			(
				await b.post(`/api/v1/tickets/${ref}/messages`, { multipart: { message: 'Replied on B' } })
			).status()
		).toBe(201);

		const seenOnA = await (await onA.get(`/api/v1/tickets/${ref}`)).json();
		expect(seenOnA.messages.map((m: { body: string }) => m.body)).toEqual([
			'Written on A',
			'Replied on B'
		]);
	} finally {
		process.env.E2E_DATA_DIR = previous;
		for (const c of contexts) await c.dispose();
		for (const s of servers) s.kill();
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		await client.query(`drop schema if exists ${schema} cascade`);
		await client.end();
	}
});
