import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './index';
import { countHit, peekCount, redisFor, resetCount } from './rate-limits';

describe('rate-limit counters in the database', async () => {
	const db = await openDatabase({ sqliteFile: ':memory:' });
	afterAll(() => db.destroy());

	it('counts within a window, starts again after it, and resets', async () => {
		expect(await countHit(db, 'k', 1000, 0, undefined)).toBe(1);
		expect(await countHit(db, 'k', 1000, 500, undefined)).toBe(2);
		expect(await peekCount(db, 'k', 1000, 999, undefined)).toBe(2);
		expect(await peekCount(db, 'k', 1000, 1000, undefined)).toBe(0);
		expect(await countHit(db, 'k', 1000, 1000, undefined)).toBe(1);
		await resetCount(db, 'k', undefined);
		expect(await peekCount(db, 'k', 1000, 1001, undefined)).toBe(0);
	});
});

describe.skipIf(!process.env.TEST_REDIS_URL)(
	'rate-limit counters in Redis (REDIS_URL)',
	async () => {
		const client = redisFor(process.env.TEST_REDIS_URL);
		const db = await openDatabase({ sqliteFile: ':memory:' });
		const key = `test:${randomBytes(6).toString('hex')}`;
		afterAll(async () => {
			await (await client!).quit();
			await db.destroy();
		});

		it('counts within a window, expires with it, and resets — and leaves the database alone', async () => {
			expect(await countHit(db, key, 300, Date.now(), client)).toBe(1);
			expect(await countHit(db, key, 300, Date.now(), client)).toBe(2);
			expect(await peekCount(db, key, 300, Date.now(), client)).toBe(2);
			expect(await db.selectFrom('rate_limits').selectAll().execute()).toEqual([]);
			await new Promise((r) => setTimeout(r, 400));
			expect(await peekCount(db, key, 300, Date.now(), client)).toBe(0);
			await countHit(db, key, 10_000, Date.now(), client);
			await resetCount(db, key, client);
			expect(await peekCount(db, key, 10_000, Date.now(), client)).toBe(0);
		});
	}
);
