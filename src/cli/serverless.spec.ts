// The Vercel output, run as the platform runs it (tests/serverless/): a fresh process per cold start, frozen as
// soon as each response ends, away from the project's node_modules, against PostgreSQL and a local SMTP server.
// A customer signs up, verifies by mail, writes a ticket with a file; an agent replies and solves it; the survey
// arrives; the cron endpoint closes a ticket solved long ago. Every mail must have arrived by the time the
// response that caused it has: a frozen function sends nothing later.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../lib/server/db/index.ts';
import { backdateSolved } from '../lib/server/db/testing/clock.ts';
import { countConnections } from '../lib/server/db/testing/server.ts';
import { countUsers } from '../lib/server/db/users.ts';
import { visitor } from '../../tests/serverless/client.ts';
import { deploy, type Deployment } from '../../tests/serverless/deployment.ts';
import type { Mailbox } from '../../tests/serverless/mailbox.ts';
import type { Platform } from '../../tests/serverless/platform.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl)
	console.warn(
		'serverless.spec.ts skipped: set TEST_DATABASE_URL=postgres://… to run the Vercel output'
	);

const PORT = 4601;
const SMTP_PORT = 4625;
const ADMIN = { email: 'admin@svar.test', password: 'a long admin passphrase 7' };
const CUSTOMER = { email: 'kari@example.test', password: 'my own long secret 42' };
const CRON_SECRET = randomBytes(24).toString('hex');
/** A link to this site in a mail, as the path to ask the platform. */
const linkIn = (text: string, part: string) =>
	new URL(new RegExp(`https?://[^\\s"<>]*/${part}/[^\\s"<>]+`).exec(text)![0]).pathname;

/** A ticket as the contact form sends it, in English, with these files (by name). */
function ticketForm(subject: string, message: string, files: Record<string, Blob> = {}): FormData {
	const form = new FormData();
	form.set('subject', subject);
	form.set('message', message);
	form.set('locale', 'en');
	for (const [name, file] of Object.entries(files)) form.append('files', file, name);
	return form;
}

describe.skipIf(!databaseUrl)('the Vercel output, run as the platform runs it', () => {
	let deployment: Deployment;
	let platform: Platform;
	let mailbox: Mailbox;
	let db: DB;
	/** A visitor signed in with these credentials. */
	const signedIn = async (credentials: { email: string; password: string }) => {
		const who = visitor(platform.url);
		await who.json('POST', '/api/v1/auth/login', credentials);
		return who;
	};

	beforeAll(async () => {
		deployment = await deploy(path.resolve('.'), {
			databaseUrl: databaseUrl!,
			port: PORT,
			smtpPort: SMTP_PORT,
			cronSecret: CRON_SECRET,
			admin: ADMIN
		});
		({ platform, mailbox } = deployment);
		db = await openDatabase({ databaseUrl: deployment.databaseUrl, pgSchema: deployment.schema });
	}, 300_000);

	afterAll(async () => {
		await db?.destroy();
		await deployment?.close();
		if (platform) console.log(platform.logs.join('').slice(-4000));
		if (platform)
			console.log(
				`cold starts (ms to first byte): ${platform.coldStarts.map(Math.round).join(', ')}`
			);
	});

	it('starts clean on a fresh database however many instances start at once', async () => {
		// the first thing the deployment serves: six admins signing in at once start six instances, and each
		// makes the first admin from ADMIN_EMAIL before it looks them up
		expect(await countUsers(db, 'admin')).toBe(0);
		const admins = Array.from({ length: 6 }, () => visitor(platform.url));
		const signedIn = await Promise.all(
			admins.map((admin) =>
				admin.json<{ user: { role: string } }>('POST', '/api/v1/auth/login', ADMIN)
			)
		);
		expect(signedIn.map(({ user }) => user.role)).toEqual(Array(6).fill('admin'));
		expect(platform.alive()).toBeGreaterThanOrEqual(6);
		expect(await countUsers(db, 'admin')).toBe(1);
	});

	it('declares its cron, runtime, time limit and the headers of its static pages', async () => {
		expect(platform.config.crons).toEqual([{ path: '/api/v1/jobs/run', schedule: '* * * * *' }]);
		const functions = path.join(deployment.output, 'functions');
		const vc = JSON.parse(
			fs.readFileSync(path.join(functions, '![-]', 'catchall.func', '.vc-config.json'), 'utf8')
		);
		expect(vc.runtime).toBe('nodejs22.x');
		expect(vc.maxDuration).toBeGreaterThan(0);
		const page = await fetch(`${platform.url}/en`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toContain('text/html');
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		expect(page.headers.get('x-frame-options')).toBe('DENY');
		expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		// an article page, written after the adapter by the article step, is served at its own path
		expect((await fetch(`${platform.url}/ru/orders-delivery/late-delivery`)).status).toBe(200);
	});

	it('ranks the home page’s most helpful articles by today’s votes, one copy for every reader', async () => {
		const helpful = async () => {
			const page = await fetch(`${platform.url}/en`);
			expect(page.headers.get('cache-control')).toContain('s-maxage=');
			const html = await page.text();
			const list = html.slice(html.indexOf('id="helpful-title"'));
			return [
				...list.slice(0, list.indexOf('</ul>')).matchAll(/href="\/en\/[^/"]+\/([^"#/]+)"/g)
			].map((m) => m[1]!);
		};
		const before = await helpful();
		expect(before.length).toBeGreaterThan(1);
		// the last of them, found helpful by one reader, comes first once a new instance reads the votes
		const article = before.at(-1)!;
		const reader = visitor(platform.url);
		await reader.json(
			'POST',
			'/api/v1/votes',
			{ articleId: article, locale: 'en', helpful: true },
			201
		);
		platform.reclaimIdle();
		expect((await helpful())[0]).toBe(article);
	});

	it('runs the loop, every mail arriving with the response that sent it', async () => {
		const customer = visitor(platform.url);
		await customer.json(
			'POST',
			'/api/v1/auth/signup',
			{ name: 'Kari', ...CUSTOMER, locale: 'en' },
			202
		);
		const [verification] = mailbox.to(CUSTOMER.email);
		expect(verification, platform.logs.join('').slice(-3000)).toBeDefined();
		const verified = await customer.request('GET', linkIn(verification!.text, 'verify'));
		expect(verified.status).toBe(303);
		expect((await customer.json<{ email: string }>('GET', '/api/v1/me')).email).toBe(
			CUSTOMER.email
		);

		const form = ticketForm('My parcel never came', 'Order 1234 is two weeks late.', {
			'tracking.txt': new Blob(['tracking: none'], { type: 'text/plain' })
		});
		const { ref } = await customer.json<{ ref: string }>('POST', '/api/v1/tickets', form, 201);
		expect(mailbox.to(CUSTOMER.email).some((m) => m.text.includes(ref))).toBe(true);

		const agent = await signedIn(ADMIN);
		const sent = mailbox.to(CUSTOMER.email).length;
		await agent.json(
			'POST',
			`/api/v1/tickets/${ref}/replies`,
			{
				message: 'It is on its way again: you will have it tomorrow.',
				internal: false
			},
			201
		);
		expect(
			mailbox
				.to(CUSTOMER.email)
				.slice(sent)
				.some((m) => m.text.includes('tomorrow'))
		).toBe(true);

		const { version } = await agent.json<{ version: number }>('GET', `/api/v1/tickets/${ref}`);
		await agent.json('PATCH', `/api/v1/tickets/${ref}`, { status: 'solved', version });
		const survey = mailbox.to(CUSTOMER.email).find((m) => /\/survey\//.test(m.text));
		expect(survey).toBeDefined();
		expect((await customer.request('GET', linkIn(survey!.text, 'survey'))).status).toBe(200);
	});

	it('holds one database connection per instance at most, frozen or not', async () => {
		// signed in, so each request reads the session from the database (a signed-out one opens no connection)
		const customer = await signedIn(CUSTOMER);
		const answers = await Promise.all(
			Array.from({ length: 8 }, () => customer.request('GET', '/api/v1/me'))
		);
		expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
		const held = await countConnections(databaseUrl!, `svar function ${deployment.schema}`);
		expect(held).toBeGreaterThan(0);
		expect(held).toBeLessThanOrEqual(platform.alive());
	});

	it('closes a ticket solved long ago when the cron calls, and only for the cron', async () => {
		const customer = await signedIn(CUSTOMER);
		const form = ticketForm('An old question', 'Answered long ago.');
		const { ref } = await customer.json<{ ref: string }>('POST', '/api/v1/tickets', form, 201);
		await backdateSolved(db, ref, Date.now() - 8 * 24 * 60 * 60 * 1000);

		const stranger = await fetch(`${platform.url}/api/v1/jobs/run`, {
			method: 'POST',
			headers: { authorization: 'Bearer not-the-secret' }
		});
		expect(stranger.status).toBe(401);
		const cron = await fetch(`${platform.url}/api/v1/jobs/run`, {
			method: 'POST',
			headers: { authorization: `Bearer ${CRON_SECRET}` }
		});
		expect(cron.status).toBe(200);
		expect((await cron.json()).closedTickets).toBe(1);
		const ticket = await customer.json<{ status: string }>('GET', `/api/v1/tickets/${ref}`);
		expect(ticket.status).toBe('closed');
	});

	it('answers a lone cold start, signed out and signed in', async () => {
		const customer = await signedIn(CUSTOMER);
		const signedOut: number[] = [];
		const withSession: number[] = [];
		for (let i = 0; i < 3; i++) {
			platform.reclaimIdle();
			expect((await fetch(`${platform.url}/api/v1/me`)).status).toBe(401);
			signedOut.push(platform.coldStarts.at(-1)!);
			platform.reclaimIdle();
			expect((await customer.request('GET', '/api/v1/me')).status).toBe(200);
			withSession.push(platform.coldStarts.at(-1)!);
		}
		// figures for the report, not assertions: this machine's load decides them (issue 15 asks ≤ 150 ms)
		const ms = (list: number[]) => list.map(Math.round).join(', ');
		console.log(
			`lone cold starts (ms to first byte): signed out ${ms(signedOut)}; signed in ${ms(withSession)}`
		);
	});

	it('refuses an upload over the function’s limit in its own words', async () => {
		const customer = await signedIn(CUSTOMER);
		const form = ticketForm('Photos', 'Here they are.', {
			'app.log': new Blob(['a line of a long log\n'.repeat(210_000)], { type: 'text/plain' })
		});
		const answer = await customer.request('POST', '/api/v1/tickets', form);
		expect(answer.status).toBe(413);
		expect((await answer.json()).error.code).toBe('too_large');
		// and the contact form says so before a file is chosen: what they may weigh together, not each
		const page = await (await customer.request('GET', '/en/contact')).text();
		// what the page shows (its scripts carry the language's other strings too)
		const shown = page.replace(/<script[\s\S]*?<\/script>/g, '');
		expect(shown).toContain('Up to 5 files, 3.9 MB in all');
		expect(shown).not.toContain('10 MB each');
	});
});
