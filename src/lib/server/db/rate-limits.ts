import type { DB } from './index';

/** How many times `key` was counted in the current window (fixed windows of `windowMs`). */
export async function peekCount(
	db: DB,
	key: string,
	windowMs: number,
	now: number
): Promise<number> {
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
	now: number
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('rate_limits')
			.selectAll()
			.where('key', '=', key)
			.executeTakeFirst();
		const fresh = !row || now - row.window_start >= windowMs;
		const count = fresh ? 1 : row.count + 1;
		await trx
			.insertInto('rate_limits')
			.values({ key, count, window_start: fresh ? now : row.window_start })
			.onConflict((oc) =>
				oc.column('key').doUpdateSet({ count, window_start: fresh ? now : row!.window_start })
			)
			.execute();
		return count;
	});
}

export async function resetCount(db: DB, key: string): Promise<void> {
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
