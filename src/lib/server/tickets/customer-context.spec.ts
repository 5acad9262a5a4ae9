import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	clearCustomerContextCache,
	CONTEXT_LIMITS,
	fetchCustomerContext,
	type CustomerContext
} from './customer-context';

// A real provider over HTTP, so timeouts, status codes and body limits go through Node's own fetch.
const SLOW_MS = 3000;
const requests: URLSearchParams[] = [];
let server: Server;
let url: string;

const shopAnswer = {
	orders: [
		{
			id: 'A-1001',
			created_at: '2026-10-01',
			status: 'delivered',
			total: 249,
			currency: 'NOK',
			url: 'https://shop.example/orders/A-1001'
		},
		{
			number: 1002,
			date: '2026-10-20',
			status: 'shipped',
			total: '99.50',
			url: 'javascript:alert(1)'
		},
		{ status: 'no id, dropped' },
		'not an order',
		{ id: 'A-1003', total: { amount: '10.00', currency: 'EUR' }, url: 'ftp://shop.example/x' }
	],
	plan: 'Pro',
	lifetimeValue: 1234.5,
	vip: true,
	note: '<b>likes</b>\nphone calls  ',
	nested: { ignored: true },
	list: [1, 2],
	nothing: null
};

beforeAll(async () => {
	server = createServer((req, res) => {
		const query = new URL(req.url ?? '/', 'http://x').searchParams;
		requests.push(query);
		const email = query.get('email') ?? '';
		const json = (body: unknown) => {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (email.includes('slow')) {
			const timer = setTimeout(() => json(shopAnswer), SLOW_MS);
			res.on('close', () => clearTimeout(timer));
		} else if (email.includes('trickle')) {
			// headers at once, body late: the deadline must cover reading the body too
			res.writeHead(200, { 'content-type': 'application/json' });
			res.write('{"plan":');
			const timer = setTimeout(() => res.end('"Pro"}'), SLOW_MS);
			res.on('close', () => clearTimeout(timer));
		} else if (email.includes('fail')) {
			res.writeHead(500).end('{"error":"boom"}');
		} else if (email.includes('junk')) {
			res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Service moved</html>');
		} else if (email.includes('array')) {
			json([{ id: 'A-1' }]);
		} else if (email.includes('huge')) {
			// no content-length: the limit must hold while streaming, not only on the header
			res.writeHead(200, { 'content-type': 'application/json' });
			res.on('error', () => {});
			res.end(JSON.stringify({ padding: 'x'.repeat(300 * 1024) }));
		} else {
			json(shopAnswer);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/context`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
	clearCustomerContextCache();
	requests.length = 0;
});

const kari = { id: 'c1', email: 'kari@example.com' };
const as = (email: string) => ({ id: `id-${email}`, email });
const unavailable = (reason: string): CustomerContext =>
	({ status: 'unavailable', reason }) as CustomerContext;

describe('fetchCustomerContext', () => {
	it('is off without a URL and asks no one', async () => {
		const saved = process.env.CUSTOMER_CONTEXT_URL;
		try {
			delete process.env.CUSTOMER_CONTEXT_URL;
			expect(await fetchCustomerContext(kari)).toEqual({ status: 'off' });
			process.env.CUSTOMER_CONTEXT_URL = '  ';
			expect(await fetchCustomerContext(kari)).toEqual({ status: 'off' });
			expect(await fetchCustomerContext(kari, { url: '' })).toEqual({ status: 'off' });
			expect(requests).toHaveLength(0);
		} finally {
			if (saved === undefined) delete process.env.CUSTOMER_CONTEXT_URL;
			else process.env.CUSTOMER_CONTEXT_URL = saved;
		}
	});

	it('reads CUSTOMER_CONTEXT_URL at call time', async () => {
		const saved = process.env.CUSTOMER_CONTEXT_URL;
		try {
			process.env.CUSTOMER_CONTEXT_URL = url;
			expect((await fetchCustomerContext(kari)).status).toBe('ok');
			expect(requests).toHaveLength(1);
		} finally {
			if (saved === undefined) delete process.env.CUSTOMER_CONTEXT_URL;
			else process.env.CUSTOMER_CONTEXT_URL = saved;
		}
	});

	it('asks with the email and customer id, keeping the URL’s own query', async () => {
		await fetchCustomerContext(kari, { url: `${url}?key=k1` });
		expect(Object.fromEntries(requests[0] ?? [])).toEqual({
			key: 'k1',
			email: 'kari@example.com',
			customer: 'c1'
		});
	});

	it('normalises orders and facts into plain strings', async () => {
		const context = await fetchCustomerContext(kari, { url });
		expect(context).toEqual({
			status: 'ok',
			data: {
				orders: [
					{
						id: 'A-1001',
						date: '2026-10-01',
						status: 'delivered',
						total: '249.00 NOK',
						url: 'https://shop.example/orders/A-1001'
					},
					{ id: '1002', date: '2026-10-20', status: 'shipped', total: '99.50', url: null },
					{ id: 'A-1003', date: null, status: null, total: '10.00 EUR', url: null }
				],
				facts: [
					{ label: 'plan', value: 'Pro' },
					{ label: 'lifetimeValue', value: '1234.5' },
					{ label: 'vip', value: 'true' },
					{ label: 'note', value: '<b>likes</b> phone calls' }
				]
			}
		});
	});

	it('keeps at most 20 orders and 20 facts, each text at most 200 characters', async () => {
		const many: Record<string, unknown> = {
			orders: Array.from({ length: 30 }, (_, i) => ({ id: `O-${i}`, status: 's'.repeat(500) }))
		};
		for (let i = 0; i < 30; i++) many[`fact${i}`] = 'v'.repeat(500);
		const fake = (async () => Response.json(many)) as typeof fetch;
		const context = await fetchCustomerContext(kari, { url: 'http://shop.invalid/', fetch: fake });
		if (context.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(context)}`);
		expect(context.data.orders).toHaveLength(CONTEXT_LIMITS.orders);
		expect(context.data.orders.at(-1)?.id).toBe('O-19');
		expect(context.data.orders[0]?.status).toHaveLength(200);
		expect(context.data.facts).toHaveLength(CONTEXT_LIMITS.facts);
		expect(context.data.facts[0]?.value).toHaveLength(200);
	});

	it('lists a repeated order or a fact that reads the same once (the page keys them)', async () => {
		const body = {
			orders: [{ id: 'A-1' }, { id: 'A-1', status: 'again' }, { id: 'A-2' }],
			plan: 'Pro',
			'plan\u0000': 'Basic'
		};
		const fake = (async () => Response.json(body)) as typeof fetch;
		const context = await fetchCustomerContext(kari, { url: 'http://shop.invalid/', fetch: fake });
		if (context.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(context)}`);
		expect(context.data.orders.map((o) => o.id)).toEqual(['A-1', 'A-2']);
		expect(new Set(context.data.facts.map((f) => f.label)).size).toBe(context.data.facts.length);
	});

	it('gives up on a slow provider at the timeout', async () => {
		const started = Date.now();
		const context = await fetchCustomerContext(as('slow@example.com'), { url, timeoutMs: 200 });
		// the provider answers, later: "timeout" is the deadline's doing, not a clock's reading here
		expect(context).toEqual(unavailable('timeout'));
		expect(Date.now() - started).toBeGreaterThanOrEqual(150);
	});

	it('gives up on a body that arrives too slowly', async () => {
		const context = await fetchCustomerContext(as('trickle@example.com'), { url, timeoutMs: 200 });
		expect(context).toEqual(unavailable('timeout'));
	});

	it('holds the deadline even when the fetch ignores its signal', async () => {
		const never = (() => new Promise<Response>(() => {})) as typeof fetch;
		// a deadline that did not hold would leave this waiting until the test's own timeout
		const context = await fetchCustomerContext(kari, { url, fetch: never, timeoutMs: 100 });
		expect(context).toEqual(unavailable('timeout'));
	});

	it('answers error for a status other than 2xx', async () => {
		expect(await fetchCustomerContext(as('fail@example.com'), { url })).toEqual(
			unavailable('error')
		);
		expect(requests).toHaveLength(1);
	});

	it('answers invalid for a body that is not JSON or not an object', async () => {
		expect(await fetchCustomerContext(as('junk@example.com'), { url })).toEqual(
			unavailable('invalid')
		);
		expect(await fetchCustomerContext(as('array@example.com'), { url })).toEqual(
			unavailable('invalid')
		);
	});

	it('answers invalid for a body over 256 KB, streamed or declared', async () => {
		expect(await fetchCustomerContext(as('huge@example.com'), { url })).toEqual(
			unavailable('invalid')
		);
		const declared = (async () =>
			new Response('{}', {
				headers: { 'content-length': String(CONTEXT_LIMITS.bodyBytes + 1) }
			})) as typeof fetch;
		expect(
			await fetchCustomerContext(kari, { url: 'http://shop.invalid/', fetch: declared })
		).toEqual(unavailable('invalid'));
	});

	it('answers error when the provider cannot be reached or the URL is unusable', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		expect(await fetchCustomerContext(kari, { url: `http://127.0.0.1:${port}/` })).toEqual(
			unavailable('error')
		);
		expect(await fetchCustomerContext(kari, { url: 'not a url' })).toEqual(unavailable('error'));
		expect(await fetchCustomerContext(kari, { url: 'file:///etc/passwd' })).toEqual(
			unavailable('error')
		);
	});

	it('answers from the cache for 60 s, then asks again', async () => {
		let clock = 1_000_000;
		const now = () => clock;
		const first = await fetchCustomerContext(kari, { url, now });
		expect(first.status).toBe('ok');
		expect(requests).toHaveLength(1);

		clock += 59_000;
		expect(await fetchCustomerContext(kari, { url, now })).toEqual(first);
		expect(requests).toHaveLength(1);

		clock += 2_000;
		expect(await fetchCustomerContext(kari, { url, now })).toEqual(first);
		expect(requests).toHaveLength(2);

		// another customer is not answered from kari's entry
		await fetchCustomerContext({ id: 'c2', email: 'ola@example.com' }, { url, now });
		expect(requests).toHaveLength(3);
	});

	it('does not cache failures', async () => {
		const fail = as('fail@example.com');
		await fetchCustomerContext(fail, { url });
		await fetchCustomerContext(fail, { url });
		expect(requests).toHaveLength(2);
	});

	it('keeps at most 500 customers, dropping the oldest', async () => {
		let calls = 0;
		const fake = (async () => {
			calls++;
			return Response.json({ plan: 'Pro' });
		}) as typeof fetch;
		const options = { url: 'http://shop.invalid/', fetch: fake };
		for (let i = 0; i <= CONTEXT_LIMITS.cacheEntries; i++) {
			await fetchCustomerContext({ id: `c${i}`, email: null }, options);
		}
		expect(calls).toBe(CONTEXT_LIMITS.cacheEntries + 1);
		await fetchCustomerContext({ id: `c${CONTEXT_LIMITS.cacheEntries}`, email: null }, options);
		expect(calls).toBe(CONTEXT_LIMITS.cacheEntries + 1);
		await fetchCustomerContext({ id: 'c0', email: null }, options);
		expect(calls).toBe(CONTEXT_LIMITS.cacheEntries + 2);
	});
});
