import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { customer as signedUp, PASSWORD } from './support/accounts.ts';
import { api, crossSitePost } from './support/api.ts';
import { uniqueEmail } from './support/mail.ts';

/** A verified customer logged in on `request`; the session cookie as the server set it. */
async function customer(request: APIRequestContext) {
	const { email } = await signedUp({ prefix: 'sec', request });
	const login = await request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
	expect(login.status()).toBe(200);
	return { email, cookie: login.headers()['set-cookie']! };
}

test('the API answers signup alike for new and registered addresses', async ({ request }) => {
	const { email } = await customer(request);
	const again = await request.post('/api/v1/auth/signup', {
		data: { name: 'X', email, password: PASSWORD, locale: 'en' }
	});
	const fresh = await request.post('/api/v1/auth/signup', {
		data: { name: 'X', email: uniqueEmail('new'), password: PASSWORD, locale: 'en' }
	});
	expect(again.status()).toBe(fresh.status());
	const strip = (body: { message: string }) => body.message.replace(/\S+@example\.test/, 'EMAIL');
	expect(strip(await again.json())).toBe(strip(await fresh.json()));
});

test('a wrong email and a wrong password both answer 401 with the same body; throttling is localized', async ({
	request
}) => {
	const { email } = await customer(request);
	const known = await request.post('/api/v1/auth/login', {
		data: { email, password: 'wrong password 1' }
	});
	const unknown = await request.post('/api/v1/auth/login', {
		data: { email: 'nobody-' + email, password: 'wrong password 1' }
	});
	expect([known.status(), unknown.status()]).toEqual([401, 401]);
	expect(await known.json()).toEqual(await unknown.json());
	let status = 0;
	for (let i = 0; i < 10 && status !== 429; i++)
		status = (
			await request.post('/api/v1/auth/login', {
				headers: { 'accept-language': 'ru' },
				data: { email, password: `wrong ${i}` }
			})
		).status();
	const throttled = await request.post('/api/v1/auth/login', {
		headers: { 'accept-language': 'ru' },
		data: { email, password: PASSWORD }
	});
	expect(throttled.status()).toBe(429);
	expect(throttled.headers()['retry-after']).toBe('900');
	expect((await throttled.json()).error.message).toMatch(/Слишком много попыток/);
});

test('a session token stops working after logout', async ({ request }) => {
	const { cookie } = await customer(request);
	const other = await api({ token: /svar_session=([^;]+)/.exec(cookie)![1]! });
	expect((await other.get('/api/v1/me')).status()).toBe(200);
	expect((await request.post('/api/v1/auth/logout')).status()).toBe(204);
	expect((await other.get('/api/v1/me')).status()).toBe(401);
	expect((await request.get('/api/v1/me')).status()).toBe(401);
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ request }) => {
	const { cookie } = await customer(request);
	expect(cookie).toMatch(/svar_session=[^;]+;.*HttpOnly/i);
	expect(cookie).toMatch(/SameSite=Lax/i);
});

test('a cross-origin form post is refused (CSRF), a same-origin one is not', async ({
	request,
	baseURL
}) => {
	const cross = await crossSitePost(request, '/en/login', 'email=a%40b.c&password=x');
	expect(cross.status()).toBe(403);
	const same = await request.post('/en/login', {
		headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=a%40b.c&password=xxxxxxxxx'
	});
	expect(same.status()).not.toBe(403);
});

test('oversized bodies answer 413 with the JSON error shape', async ({ request }) => {
	const big = 'x'.repeat(20_000);
	const response = await request.post('/api/v1/auth/login', {
		data: { email: 'a@b.c', password: big }
	});
	expect(response.status()).toBe(413);
	expect((await response.json()).error.code).toBe('too_large');
	const huge = await request.post('/api/v1/auth/signup', {
		headers: { 'content-type': 'application/json' },
		data: 'x'.repeat(600 * 1024)
	});
	expect(huge.status()).toBe(413);
});

test('dynamic pages and the API send CSP and the other security headers', async ({ request }) => {
	for (const url of ['/en/login', '/api/v1/openapi.json']) {
		const headers = (await request.get(url)).headers();
		expect(headers['x-content-type-options'], url).toBe('nosniff');
		expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
		expect(headers['x-frame-options'], url).toBe('DENY');
	}
	const csp = (await request.get('/en/login')).headers()['content-security-policy']!;
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toMatch(/script-src 'self' 'nonce-/);
	expect(csp).not.toContain('unsafe-inline');
});

test('the OpenAPI document describes the account endpoints from the same schemas', async ({
	request
}) => {
	const spec = await (await request.get('/api/v1/openapi.json')).json();
	expect(spec.openapi).toBe('3.1.0');
	for (const p of [
		'/auth/signup',
		'/auth/login',
		'/auth/logout',
		'/me',
		'/votes',
		'/search',
		'/search-events',
		'/tickets',
		'/tickets/{ref}',
		'/tickets/{ref}/messages',
		'/attachments/{id}',
		'/deflections',
		'/agent/queue',
		'/tickets/{ref}/replies',
		'/tickets/{ref}/callbacks',
		'/canned-answers',
		'/canned-answers/{id}',
		'/settings/service-hours',
		'/reports/summary',
		'/surveys/{token}',
		'/views'
	])
		expect(Object.keys(spec.paths)).toContain(p);
	expect(spec.components.schemas.Signup.required).toEqual(
		expect.arrayContaining(['name', 'email', 'password', 'locale'])
	);
});

/**
 * Every route, classified. A route added without a line here fails this test, so nobody adds an agent page
 * without saying who may see it; agent and admin routes are then checked to refuse customers.
 */
const ACCESS: Record<string, 'public' | 'user' | 'agent' | 'admin' | 'cron'> = {
	'/': 'public',
	'/lang': 'public',
	'/robots.txt': 'public',
	'/sitemap.xml': 'public',
	// slugs from another language redirect to this one; anything else is the localized 404
	'/[lang=locale]/[...path]': 'public',
	'/api/v1/votes': 'public',
	'/api/v1/search': 'public',
	'/api/v1/search-events': 'public',
	'/api/v1/openapi.json': 'public',
	'/api/v1/auth/signup': 'public',
	'/api/v1/auth/login': 'public',
	'/api/v1/auth/logout': 'public',
	'/api/v1/me': 'user',
	// an event stream: it answers at once and then stays open (asked below with a fetch that lets go)
	'/api/v1/events': 'user',
	'/api/v1/me/summary': 'public',
	'/api/v1/tickets': 'user',
	'/api/v1/tickets/[ref]': 'user',
	'/api/v1/tickets/[ref]/messages': 'user',
	'/api/v1/attachments/[id]': 'user',
	'/api/v1/deflections': 'public',
	'/[lang=locale]/support': 'user',
	'/[lang=locale]/support/[ref]': 'user',
	'/[lang=locale]': 'public',
	'/[lang=locale]/[category=slug]': 'public',
	'/[lang=locale]/[category=slug]/[article=slug]': 'public',
	'/[lang=locale]/search': 'public',
	'/[lang=locale]/feedback': 'public',
	'/[lang=locale]/contact': 'user',
	'/[lang=locale]/signup': 'public',
	'/[lang=locale]/login': 'public',
	'/[lang=locale]/logout': 'public',
	'/[lang=locale]/forgot': 'public',
	'/[lang=locale]/reset/[token]': 'public',
	'/[lang=locale]/verify/[token]': 'public',
	'/[lang=locale]/setup/[token]': 'public',
	'/[lang=locale]/account': 'user',
	'/agent': 'agent',
	'/agent/tickets/[ref]': 'agent',
	'/agent/canned': 'agent',
	'/agent/teams': 'admin',
	'/agent/settings': 'admin',
	'/agent/mail': 'admin',
	'/api/v1/agent/queue': 'agent',
	'/api/v1/tickets/[ref]/replies': 'agent',
	'/api/v1/tickets/[ref]/callbacks': 'agent',
	'/api/v1/tickets/[ref]/presence': 'agent',
	'/api/v1/canned-answers': 'agent',
	'/api/v1/canned-answers/[id]': 'agent',
	'/api/v1/settings/service-hours': 'admin',
	'/agent/reports': 'agent',
	'/agent/reports/export/[table]': 'agent',
	'/api/v1/reports/summary': 'agent',
	'/api/v1/surveys/[token]': 'public',
	'/api/v1/views': 'public',
	'/[lang=locale]/survey/[token]': 'public',
	// the scheduler's, with CRON_SECRET as its bearer token: nobody else, signed in or not
	'/api/v1/jobs/run': 'cron'
};

/** Routes that answer with an event stream, which a plain request would wait on for ever. */
const STREAMS = new Set(['/api/v1/events']);

/** A stream's status and type, read as it starts; the request then lets go. */
async function streamStart(url: string, cookie: string) {
	const abort = new AbortController();
	const response = await fetch(new URL(url, process.env.E2E_BASE_URL), {
		headers: { cookie },
		signal: abort.signal,
		redirect: 'manual'
	});
	abort.abort();
	return { status: response.status, type: response.headers.get('content-type') ?? '' };
}

function routeIds(dir = 'src/routes', id = ''): string[] {
	const here = fs.readdirSync(dir).some((f) => /^\+(page|server)\./.test(f)) ? [id || '/'] : [];
	return here.concat(
		fs
			.readdirSync(dir, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.flatMap((e) => routeIds(path.join(dir, e.name), `${id}/${e.name}`))
	);
}

const concrete = (id: string) =>
	id
		.replace('[lang=locale]', 'en')
		.replace(/\[[^\]]+\]/g, 'x')
		.replace(/^\/$/, '/');

test('every route is classified, and none below agent level is reachable by a customer', async ({
	request
}) => {
	const ids = routeIds().sort();
	expect(
		ids.filter((id) => !(id in ACCESS)),
		'routes without an access class'
	).toEqual([]);
	const { cookie } = await customer(request);
	for (const id of ids.filter((i) => ACCESS[i] === 'agent' || ACCESS[i] === 'admin')) {
		let response = await request.get(concrete(id), { maxRedirects: 0 });
		// POST- or PUT-only endpoints answer GET with 405 before any check: ask them properly
		for (const method of ['POST', 'PUT', 'DELETE'])
			if (response.status() === 405)
				response = await request.fetch(concrete(id), { method, data: {}, maxRedirects: 0 });
		expect([403, 404], id).toContain(response.status());
	}
	for (const id of ids.filter((i) => ACCESS[i] === 'cron'))
		for (const method of ['GET', 'POST'])
			expect(
				(await request.fetch(concrete(id), { method, maxRedirects: 0 })).status(),
				`${method} ${id}`
			).toBe(401);
	for (const id of ids.filter((i) => ACCESS[i] === 'user')) {
		if (STREAMS.has(id)) {
			const session = /svar_session=[^;]+/.exec(cookie)![0];
			const stream = await streamStart(concrete(id), session);
			expect(stream, id).toEqual({ status: 200, type: 'text/event-stream; charset=utf-8' });
			continue;
		}
		const response = await request.get(concrete(id), { maxRedirects: 0 });
		// 404 for a reference that is not theirs, 405 for POST-only endpoints: never a login redirect or 401/403
		expect([200, 404, 405], id).toContain(response.status());
	}
});

test('pages that need an account send anonymous readers to log in, and API calls get 401', async () => {
	const anonymous = await api();
	for (const id of Object.keys(ACCESS).filter((i) => ACCESS[i] !== 'public')) {
		const response = await anonymous.get(concrete(id), { maxRedirects: 0 });
		if (id.startsWith('/api/')) expect([401, 405], id).toContain(response.status());
		else
			expect(response.headers().location, id).toBe(
				`/en/login?next=${encodeURIComponent(concrete(id))}`
			);
	}
});

test('prerendered pages too may not be framed, and carry the other headers', async ({
	request
}) => {
	const response = await request.get('/en');
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});
