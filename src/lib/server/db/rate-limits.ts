// Counters for throttling, kept where every app server sees the same ones: in the database by default, in
// Redis when REDIS_URL is set (fixed windows either way). Never in the process.
import { createClient } from 'redis';
import type { DB } from './index';
import { settings } from '../env';

type Redis = ReturnType<typeof createClient>;
let redis: Promise<Redis> | undefined;

/** The Redis client for REDIS_URL (or an explicit URL, for tests), connected once. */
export function redisFor(url = settings.redisUrl()): Promise<Redis> | undefined {
	if (!url) return undefined;
	if (url !== settings.redisUrl()) return createClient({ url }).connect() as Promise<Redis>;
	redis ??= createClient({ url })
		.on('error', (e) => console.error('redis:', e.message))
		.connect() as Promise<Redis>;
	return redis;
}

const redisKey = (key: string) => `svar:rate:${key}`;

/** How many times `key` was counted in the current window (fixed windows of `windowMs`). */
export async function peekCount(
	db: DB,
	key: string,
	windowMs: number,
	now: number,
	client = redisFor()
): Promise<number> {
	if (client) return Number((await (await client).get(redisKey(key))) ?? 0);
	const row = await db
		.selectFrom('rate_limits')
		.selectAll()
		.where('key', '=', key)
		.executeTakeFirst();
	return row && now - row.window_start < windowMs ? row.count : 0;
}

/** Count one more for `key`; returns the new count. A window that has passed starts again at 1. */
export async function countHit(
	db: DB,
	key: string,
	windowMs: number,
	now: number,
	client = redisFor()
): Promise<number> {
	if (client) {
		const [count] = (await (
			await client
		)
			.multi()
			.incr(redisKey(key))
			.pExpire(redisKey(key), windowMs, 'NX')
			.exec()) as [number, unknown];
		return Number(count);
	}
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('rate_limits')
			.selectAll()
			.where('key', '=', key)
			.executeTakeFirst();
		const fresh = !row || now - row.window_start >= windowMs;
		const count = fresh ? 1 : row.count + 1;
		const window_start = fresh ? now : row.window_start;
		await trx
			.insertInto('rate_limits')
			.values({ key, count, window_start })
			.onConflict((oc) => oc.column('key').doUpdateSet({ count, window_start }))
			.execute();
		return count;
	});
}

export async function resetCount(db: DB, key: string, client = redisFor()): Promise<void> {
	if (client) {
		await (await client).del(redisKey(key));
		return;
	}
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
