import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { DB } from './index';
import {
	countHit,
	passGate,
	purgeRateLimits,
	redisFor,
	refundHit,
	resetCount,
	takeHit
} from './rate-limits';
import { freshEachTest, testDatabases } from './testing/databases';

/** How many of `n` parallel calls were let through. */
async function passed(n: number, call: () => Promise<boolean>): Promise<number> {
	const results = await Promise.all(Array.from({ length: n }, call));
	return results.filter(Boolean).length;
}

const redisUrl = process.env.TEST_REDIS_URL;
const backends = [
	...testDatabases().map((d) => ({ ...d, redis: false })),
	...(redisUrl ? [{ ...testDatabases()[0]!, name: 'redis', redis: true }] : [])
];

describe.each(backends)('rate-limit counters on $name', (backend) => {
	let db: DB;
	freshEachTest(backend, (opened) => (db = opened));
	const { redis } = backend;
	const client = redis ? redisFor(redisUrl) : undefined;
	const key = () => `test:${randomBytes(6).toString('hex')}`;
	afterAll(async () => {
		if (client) await (await client).quit();
	});

	it('lets exactly the limit through when 30 requests arrive at once', async () => {
		const k = key();
		expect(await passed(30, () => takeHit(db, k, 10, 60_000, 1000, client))).toBe(10);
		expect(await countHit(db, k, 60_000, 1000, client)).toBe(31);
	});

	it('opens a gate for exactly one of 40 parallel callers, and again once the hold has passed', async () => {
		const k = key();
		expect(await passed(40, () => passGate(db, k, 60_000, 1000, client))).toBe(1);
		if (!redis) expect(await passGate(db, k, 60_000, 61_000, client)).toBe(true);
	});

	it('gives a counted attempt back, never below zero, and resets', async () => {
		const k = key();
		await countHit(db, k, 60_000, 1000, client);
		await refundHit(db, k, client);
		await refundHit(db, k, client);
		expect(await countHit(db, k, 60_000, 1000, client)).toBe(1);
		await resetCount(db, k, client);
		expect(await countHit(db, k, 60_000, 1000, client)).toBe(1);
	});

	it.skipIf(redis)(
		'starts a window again after it has passed, and purges windows a day old',
		async () => {
			expect(await countHit(db, 'k', 1000, 0)).toBe(1);
			expect(await countHit(db, 'k', 1000, 999)).toBe(2);
			expect(await countHit(db, 'k', 1000, 1000)).toBe(1);
			await countHit(db, 'fresh', 1000, 86_400_000);
			expect(await purgeRateLimits(db, 86_400_000 + 1001)).toBe(1);
			expect(await db.selectFrom('rate_limits').select('key').execute()).toEqual([
				{ key: 'fresh' }
			]);
		}
	);

	it.runIf(redis)(
		'keeps its counters in Redis, expiring with the window, and leaves the database alone',
		async () => {
			const k = key();
			await countHit(db, k, 60_000, Date.now(), client);
			const ttl = await (await client!).pTTL(`svar:rate:${k}`);
			expect(ttl).toBeGreaterThan(0);
			expect(ttl).toBeLessThanOrEqual(60_000);
			expect(await db.selectFrom('rate_limits').selectAll().execute()).toEqual([]);
		}
	);
});
