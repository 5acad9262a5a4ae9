// Limits hold when requests arrive at once, whichever store keeps the counters: 30 parallel tickets from one
// account and 40 parallel wrong passwords from one address, against servers of this test's own on SQLite,
// PostgreSQL, and PostgreSQL with Redis. Exactly the limit gets through; the rest get 429 with Retry-After.
import { randomInt } from 'node:crypto';
import { expect, test } from './support/test.ts';
import { customer } from './support/accounts.ts';
import { api } from './support/api.ts';
import { spawnServer, withServers } from './support/spawn.ts';
import { multipart } from './support/tickets.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

const stores = [
	{ name: 'SQLite', needs: true, pg: false, redis: false },
	{ name: 'PostgreSQL', needs: !!pgUrl, pg: true, redis: false },
	{ name: 'PostgreSQL and Redis', needs: !!(pgUrl && redisUrl), pg: true, redis: true }
];

const tally = (statuses: number[]) =>
	statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});

for (const store of stores) {
	test(`limits hold under parallel requests on ${store.name}`, async () => {
		test.skip(!store.needs, 'needs TEST_DATABASE_URL (and TEST_REDIS_URL)');
		test.setTimeout(withServers(1, 60_000));
		const server = await spawnServer({
			postgres: store.pg ? pgUrl : undefined,
			env: {
				...(store.redis ? { REDIS_URL: redisUrl! } : {}),
				// the client address comes from this header, so each run is an address of its own (Redis outlives runs)
				ADDRESS_HEADER: 'x-test-address',
				SIGNUP_LIMIT_PER_HOUR: '1000'
			}
		});
		try {
			const address = `198.18.${randomInt(256)}.${randomInt(256)}`;
			const client = () => api({ baseURL: server.base, headers: { 'x-test-address': address } });
			const owner = await customer({ request: await client(), dataDir: server.dataDir });

			const tickets = await Promise.all(
				Array.from({ length: 30 }, (_, i) =>
					owner.api.post('/api/v1/tickets', {
						multipart: multipart({ subject: `Parallel ${i}`, message: 'At once', locale: 'en' })
					})
				)
			);
			expect(tally(tickets.map((r) => r.status()))).toEqual({ 201: 10, 429: 20 });

			const stranger = await client();
			const guesses = await Promise.all(
				Array.from({ length: 40 }, (_, i) =>
					stranger.post('/api/v1/auth/login', {
						data: { email: owner.email, password: `wrong guess ${i}` }
					})
				)
			);
			expect(tally(guesses.map((r) => r.status()))).toEqual({ 401: 10, 429: 30 });
			const refused = guesses.find((r) => r.status() === 429)!;
			expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
		} finally {
			await server.stop();
		}
	});
}
