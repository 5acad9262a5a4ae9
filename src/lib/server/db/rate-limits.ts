// Counters for throttling, kept where every app server sees the same ones: in the database by default, in
// Redis when REDIS_URL is set (fixed windows either way). Never in the process.
//
// Every operation is one atomic statement, so parallel requests cannot all read "under the limit" before any of
// them writes: on SQLite and PostgreSQL an upsert that returns the new count (PostgreSQL locks the row for the
// conflicting inserts), in Redis INCR and PEXPIRE in one MULTI, or SET NX for a gate. Callers count FIRST and then
// compare; see `takeHit`.
import { sql } from 'kysely';
import type { createClient } from 'redis';
import type { DB } from './index';
import { settings } from '../env';

type Redis = ReturnType<typeof createClient>;
type Client = Promise<Redis> | undefined;
let redis: Promise<Redis> | undefined;

/** The longest window any limit uses; rows older than this are dead and `purgeRateLimits` removes them. */
export const LONGEST_WINDOW_MS = 24 * 60 * 60 * 1000;

/** A connected client; the library is loaded only with REDIS_URL (its hundreds of files cost a cold start). */
async function connect(url: string, log: boolean): Promise<Redis> {
	const { createClient } = await import('redis');
	const client = createClient({ url });
	if (log) client.on('error', (e: Error) => console.error('redis:', e.message));
	return (await client.connect()) as Redis;
}

/** The Redis client for REDIS_URL (or an explicit URL, for tests), connected once. */
export function redisFor(url = settings.redisUrl()): Client {
	if (!url) return undefined;
	if (url !== settings.redisUrl()) return connect(url, false);
	redis ??= connect(url, true);
	return redis;
}

const redisKey = (key: string) => `svar:rate:${key}`;

/** A counter's read or write: `key`'s count in the current window of `windowMs` at `now`, in Redis if `client`. */
type Counter = (
	db: DB,
	key: string,
	windowMs: number,
	now: number,
	client?: Client
) => Promise<number>;

function checkWindow(windowMs: number): void {
	if (!(windowMs > 0 && windowMs <= LONGEST_WINDOW_MS)) throw new RangeError(`window ${windowMs}`);
}

/** Count one more for `key` and return the new count, atomically. A window that has passed starts again at 1. */
export const countHit: Counter = async (db, key, windowMs, now, client = redisFor()) => {
	checkWindow(windowMs);
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
	const over = sql<boolean>`rate_limits.window_start + ${windowMs} <= ${now}`;
	const row = await db
		.insertInto('rate_limits')
		.values({ key, count: 1, window_start: now })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				count: sql`CASE WHEN ${over} THEN 1 ELSE rate_limits.count + 1 END`,
				window_start: sql`CASE WHEN ${over} THEN ${now} ELSE rate_limits.window_start END`
			})
		)
		.returning('count')
		.executeTakeFirstOrThrow();
	return Number(row.count);
};

/** Count one attempt and say whether it is within `limit` for the window: count first, so parallel calls can't race. */
export async function takeHit(
	db: DB,
	key: string,
	limit: number,
	windowMs: number,
	now: number,
	client = redisFor()
): Promise<boolean> {
	return (await countHit(db, key, windowMs, now, client)) <= limit;
}

/** Give back one counted attempt (the action it was counted for did not happen). Never below zero. */
export async function refundHit(db: DB, key: string, client = redisFor()): Promise<void> {
	if (client) {
		// a Lua script so the decrement and the floor at zero are one step
		await (
			await client
		).eval(
			"local n = redis.call('GET', KEYS[1]) if n and tonumber(n) > 0 then redis.call('DECR', KEYS[1]) end",
			{
				keys: [redisKey(key)]
			}
		);
		return;
	}
	await db
		.updateTable('rate_limits')
		.set({ count: sql`rate_limits.count - 1` })
		.where('key', '=', key)
		.where('count', '>', 0)
		.execute();
}

/**
 * A gate that lets one caller through and stays shut for `holdMs` after it, atomically: of any number of parallel
 * callers exactly one gets `true`. Used for the progressive delay between attempts on one account.
 */
export async function passGate(
	db: DB,
	key: string,
	holdMs: number,
	now: number,
	client = redisFor()
): Promise<boolean> {
	checkWindow(holdMs);
	if (client)
		return (await (await client).set(redisKey(key), '1', { NX: true, PX: holdMs })) === 'OK';
	// window_start holds the moment the gate opens again
	const row = await db
		.insertInto('rate_limits')
		.values({ key, count: 1, window_start: now + holdMs })
		.onConflict((oc) =>
			oc
				.column('key')
				.doUpdateSet({ count: sql`rate_limits.count + 1`, window_start: now + holdMs })
				.where('rate_limits.window_start', '<=', now)
		)
		.returning('count')
		.executeTakeFirst();
	return !!row;
}

/**
 * How many times `key` was counted in the current window: only for refusing early what would be refused anyway
 * (an upload before its body is read). The decision is always `takeHit`'s.
 */
export const peekCount: Counter = async (db, key, windowMs, now, client = redisFor()) => {
	if (client) return Number((await (await client).get(redisKey(key))) ?? 0);
	const row = await db
		.selectFrom('rate_limits')
		.select(['count', 'window_start'])
		.where('key', '=', key)
		.executeTakeFirst();
	return row && now - Number(row.window_start) < windowMs ? Number(row.count) : 0;
};

export async function resetCount(db: DB, key: string, client = redisFor()): Promise<void> {
	if (client) {
		await (await client).del(redisKey(key));
		return;
	}
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Delete counters whose every window has passed (Redis expires its own keys). Returns how many went. */
export async function purgeRateLimits(db: DB, now: number): Promise<number> {
	const result = await db
		.deleteFrom('rate_limits')
		.where('window_start', '<', now - LONGEST_WINDOW_MS)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
