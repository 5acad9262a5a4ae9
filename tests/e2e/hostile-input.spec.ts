// Hostile input, on SQLite (the e2e server) and PostgreSQL (a server of this spec's own, when TEST_DATABASE_URL
// is set): a NUL or bytes that are not UTF-8 anywhere are a localized 400, never a 500; a garbage session cookie
// is no session; a version beyond 32 bits is a 422; the open counters count once a visit and refuse an address
// over its limit; HSTS whenever ORIGIN is https.
import type { APIRequestContext } from '@playwright/test';
import nb from '../../locales/nb/index.ts';
import { expect, test } from './support/test.ts';
import { admin, ADMIN_EMAIL, ADMIN_PASSWORD, login } from './support/accounts.ts';
import { api } from './support/api.ts';
import { content } from './support/content.ts';
import { BASE_URL } from './support/server.ts';
import { spawnServer, type Spawned, withServers } from './support/spawn.ts';
import { newTicket } from './support/tickets.ts';

const postgres = process.env.TEST_DATABASE_URL;
const UNREADABLE = nb.errors.unreadableText;
const ARTICLE = content.articleIds()[0]!;
/** The open counters' limit per address on the servers this spec starts. */
const COUNTER_LIMIT = 5;

const tokens = new Map<string, Promise<string>>();

/** The administrator of the server at `base` (signed in once), reading Norwegian, on a checked client. */
async function adminOf(base: string): Promise<APIRequestContext> {
	if (!tokens.has(base))
		tokens.set(
			base,
			base === BASE_URL
				? admin().then((a) => a.token)
				: api({ baseURL: base }).then((c) => login(c, ADMIN_EMAIL, ADMIN_PASSWORD))
		);
	return api({ baseURL: base, token: await tokens.get(base)!, locale: 'nb' });
}

/** A multipart body as a client may send it, bytes and all. */
function rawMultipart(parts: [head: string, value: string | Buffer][]) {
	const boundary = 'svarE2eBoundary7d1c';
	const body = Buffer.concat([
		...parts.flatMap(([head, value]) => [
			// a part's head as bytes of one byte a character: "\u00ff" is the byte 0xFF, no UTF-8
			Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`, 'latin1'),
			Buffer.from(value),
			Buffer.from('\r\n')
		]),
		Buffer.from(`--${boundary}--\r\n`)
	]);
	return { body, type: `multipart/form-data; boundary=${boundary}` };
}
const field = (name: string) => `Content-Disposition: form-data; name="${name}"`;

/** The refusal every unreadable request gets from the API. */
async function expectUnreadable(
	answer: Awaited<ReturnType<APIRequestContext['get']>>,
	what: string
) {
	expect(answer.status(), what).toBe(400);
	expect(await answer.json(), what).toEqual({
		message: UNREADABLE,
		error: { code: 'invalid_text', message: UNREADABLE }
	});
}

for (const database of ['SQLite', 'PostgreSQL'] as const) {
	test.describe(`hostile input on ${database}`, () => {
		test.describe.configure({ mode: 'default' });
		test.skip(database === 'PostgreSQL' && !postgres, 'needs TEST_DATABASE_URL (PostgreSQL)');
		/** The server under test, and one whose counters only this spec uses (https ORIGIN on SQLite). */
		let server: { base: string; counters: string };
		const spawned: Spawned[] = [];
		test.beforeAll(async () => {
			test.setTimeout(withServers(1, 30_000));
			const limit = { COUNTER_LIMIT_PER_HOUR: String(COUNTER_LIMIT) };
			if (database === 'PostgreSQL') {
				spawned.push(await spawnServer({ env: limit, postgres }));
				server = { base: spawned[0]!.base, counters: spawned[0]!.base };
			} else {
				spawned.push(await spawnServer({ env: { ...limit, ORIGIN: 'https://help.svar.test' } }));
				server = { base: BASE_URL, counters: spawned[0]!.base };
			}
		});
		test.afterAll(async () => {
			for (const s of spawned.splice(0)) await s.stop();
		});

		test('a NUL or bytes that are not UTF-8 in the path, query, a header or the body: 400, never a 500', async () => {
			const agent = await adminOf(server.base);
			const anonymous = await api({ baseURL: server.base, locale: 'nb' });
			const before = (await (await agent.get('/api/v1/tickets')).json()).tickets.length;
			for (const path of [
				'/api/v1/tickets/%00',
				'/api/v1/tickets/%FF',
				'/api/v1/agent/queue?q=%00',
				'/api/v1/agent/queue?category=a%C3',
				'/api/v1/canned-answers?ticket=%00'
			])
				await expectUnreadable(await agent.get(path), path);
			await expectUnreadable(await anonymous.get('/api/v1/search?q=%00&locale=en'), 'search');
			await expectUnreadable(
				await agent.get('/api/v1/me', { headers: { 'x-probe': 'caf\u00e9' } }),
				'a header of Latin-1 bytes'
			);
			const json = { 'content-type': 'application/json' };
			await expectUnreadable(
				await anonymous.post('/api/v1/auth/signup', {
					headers: json,
					// JSON writes the NUL as the escape \u0000
					data: JSON.stringify({
						name: 'A\u0000B',
						email: 'nul@example.test',
						password: 'a good long passphrase 42',
						locale: 'nb'
					})
				}),
				'a NUL in a sign-up name'
			);
			await expectUnreadable(
				await anonymous.post('/api/v1/auth/login', {
					headers: json,
					data: Buffer.concat([
						Buffer.from('{"email":"a'),
						Buffer.from([0xff]),
						Buffer.from('@x.test"}')
					])
				}),
				'bytes that are no UTF-8 in a login'
			);
			await expectUnreadable(
				await anonymous.post('/api/v1/search-events', {
					headers: { 'content-type': 'text/plain' },
					data: '{"locale":"en","query":"a\\u0000b","results":1}'
				}),
				'a NUL in a search event'
			);
			const fields = (subject: string): [string, string][] => [
				[field('subject'), subject],
				[field('message'), 'Hello'],
				[field('locale'), 'en']
			];
			for (const [what, parts] of [
				['a NUL in a subject', fields('a\0b')],
				['bytes that are no UTF-8 in a subject', [[field('subject'), Buffer.from([0x61, 0xff])]]],
				[
					'a NUL in a file name',
					[...fields('ok'), [`${field('files')}; filename="a\0.txt"`, 'hi']]
				],
				[
					'a file name of broken bytes',
					[...fields('ok'), [`${field('files')}; filename="a\u00ff.txt"`, 'hi']]
				]
			] as const) {
				const { body, type } = rawMultipart(parts as [string, string | Buffer][]);
				await expectUnreadable(
					await agent.post('/api/v1/tickets', { headers: { 'content-type': type }, data: body }),
					what
				);
			}
			// nothing was stored
			expect((await (await agent.get('/api/v1/tickets')).json()).tickets.length).toBe(before);
		});

		test('pages answer the error page in the reader’s language; form posts are refused alike', async () => {
			const agent = await adminOf(server.base);
			// the workspace speaks its agent's language (English here): only the status is checked there
			const workspace = await agent.get('/agent/tickets/%00', { headers: { accept: 'text/html' } });
			expect(workspace.status()).toBe(400);
			for (const path of ['/nb/support/%00', '/nb/search?q=%FF', '/nb/search?q=a%00']) {
				const page = await agent.get(path, { headers: { accept: 'text/html' } });
				expect(page.status(), path).toBe(400);
				const html = await page.text();
				expect(html, path).toContain(nb.error.badRequestTitle);
				expect(html, path).toContain(UNREADABLE);
			}
			const form = { 'content-type': 'application/x-www-form-urlencoded' };
			const post = await agent.post('/nb/account?/profile', {
				headers: { ...form, accept: 'text/html' },
				data: 'name=a%00b&locale=nb'
			});
			expect(post.status()).toBe(400);
			expect(await post.text()).toContain(UNREADABLE);
			// a form of SvelteKit's enhance gets the error result it shows
			const enhanced = await agent.post('/nb/account?/profile', {
				headers: { ...form, 'x-sveltekit-action': 'true', accept: 'application/json' },
				data: 'name=a%C3&locale=nb'
			});
			expect(enhanced.status()).toBe(400);
			expect(await enhanced.json()).toEqual({ type: 'error', error: { message: UNREADABLE } });
		});

		test('a session cookie of garbage is no session: signed out, the cookie cleared', async () => {
			const anonymous = await api({ baseURL: server.base });
			for (const cookie of [
				'svar_session=%00.x',
				'svar_session=%FF%FE.%00',
				'svar_session=a.b.c'
			]) {
				const summary = await anonymous.get('/api/v1/me/summary', { headers: { cookie } });
				expect(summary.status(), cookie).toBe(200);
				expect(await summary.json(), cookie).toEqual({ signedIn: false, ticketsAwaiting: 0 });
				expect(summary.headers()['set-cookie'], cookie).toMatch(/svar_session=;/);
				const me = await anonymous.get('/api/v1/me', { headers: { cookie } });
				expect(me.status(), cookie).toBe(401);
				const page = await anonymous.get('/en/account', { headers: { cookie }, maxRedirects: 0 });
				expect(page.status(), cookie).toBe(303);
			}
		});

		test('a version beyond 32 bits in a change or a reply is a 422 for that field; nothing changes', async () => {
			const agent = await adminOf(server.base);
			const ref = await newTicket(agent, { subject: 'Version bounds' });
			for (const version of [99999999999, 1e30, '99999999999', 2 ** 31]) {
				const patched = await agent.patch(`/api/v1/tickets/${ref}`, {
					data: { version, status: 'pending' }
				});
				expect(patched.status(), `PATCH ${version}`).toBe(422);
				expect((await patched.json()).error.fields).toEqual({
					version: nb.errors.versionRequired
				});
				const reply = await agent.post(`/api/v1/tickets/${ref}/replies`, {
					data: { version, message: 'Hei', internal: true }
				});
				expect(reply.status(), `reply ${version}`).toBe(422);
				expect((await reply.json()).error.fields).toEqual({ version: nb.errors.versionRequired });
			}
			const ticket = await (await agent.get(`/api/v1/tickets/${ref}`)).json();
			expect([ticket.version, ticket.status, ticket.messages.length]).toEqual([1, 'new', 1]);
		});

		test('the open counters count once a visit, and refuse an address over its limit', async () => {
			const reader = await api({ baseURL: server.counters, locale: 'nb' });
			const view = (visit: string, newVisit = true) =>
				reader.post('/api/v1/views', {
					data: { locale: 'en', articleId: ARTICLE, newVisit, visit }
				});
			const solved = (visit: string) =>
				reader.post('/api/v1/deflections', {
					data: { locale: 'en', articleId: ARTICLE, event: 'solved', visit }
				});
			const statuses: number[] = [];
			for (const visit of [
				'visitAAAA01',
				'visitAAAA01',
				'visitBBBB02',
				'visitCCCC03',
				'visitDDDD04'
			])
				statuses.push((await view(visit)).status(), (await solved(visit)).status());
			expect(statuses).toEqual(Array(10).fill(204));
			// the sixth from this address within the hour, whatever visit it names
			for (const refused of [await view('visitEEEE05'), await solved('visitEEEE05')]) {
				expect(refused.status()).toBe(429);
				expect(refused.headers()['retry-after']).toBe('3600');
				expect((await refused.json()).error).toEqual({
					code: 'throttled',
					message: nb.errors.tooManyRequests
				});
			}
			const report = await (
				await (await adminOf(server.counters)).get('/api/v1/reports/summary')
			).json();
			expect([report.articleViews, report.visits, report.deflections]).toEqual([4, 4, 4]);
		});
	});
}

test('HSTS whenever ORIGIN is https, on prerendered pages too; never over a plain http ORIGIN', async () => {
	test.setTimeout(withServers(1, 60_000));
	const https = await spawnServer({ env: { ORIGIN: 'https://help.svar.test' } });
	try {
		for (const path of ['/en', '/en/account', '/api/v1/me/summary', '/favicon.svg']) {
			const answer = await fetch(https.base + path, { redirect: 'manual' });
			expect(answer.headers.get('strict-transport-security'), path).toBe(
				'max-age=63072000; includeSubDomains'
			);
			const plain = await fetch(BASE_URL + path, { redirect: 'manual' });
			expect(plain.headers.get('strict-transport-security'), path).toBeNull();
		}
	} finally {
		await https.stop();
	}
});
