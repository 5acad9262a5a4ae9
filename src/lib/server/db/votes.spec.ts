import { describe, expect, it } from 'vitest';
import { migrate, type DB } from './index';
import { freshEachTest, testDatabases } from './testing/databases';
import { recordVote, voteTotals } from './votes';

describe.each(testDatabases())('helpful votes on $name', (database) => {
	let db: DB;
	freshEachTest(database, (opened) => (db = opened));

	const vote = (visitor: string, helpful: boolean, articleId = 'return-item', now = 1000) =>
		recordVote(db, { articleId, locale: 'nb', visitorHash: visitor, helpful, now });

	it('counts one vote per visitor per article; a second vote changes it', async () => {
		expect(await vote('a', true)).toEqual({ created: true });
		expect(await vote('b', false)).toEqual({ created: true });
		expect(await vote('a', false, 'return-item', 2000)).toEqual({ created: false });
		expect(await vote('a', true, 'warranty')).toEqual({ created: true });
		const totals = await voteTotals(db);
		expect(totals.get('return-item')).toEqual({ yes: 0, no: 2 });
		expect(totals.get('warranty')).toEqual({ yes: 1, no: 0 });
		expect(totals.has('privacy')).toBe(false);
	});

	it('keeps the first vote time and records the change', async () => {
		await vote('a', true, 'privacy', 1000);
		await vote('a', false, 'privacy', 5000);
		const row = await db.selectFrom('helpful_votes').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({ created_at: 1000, updated_at: 5000, helpful: 0, locale: 'nb' });
	});

	it('refuses a value the schema does not allow, storing nothing', async () => {
		await expect(
			db
				.insertInto('helpful_votes')
				.values({
					article_id: 'x',
					visitor_hash: 'v',
					locale: 'en',
					helpful: 2,
					created_at: 1,
					updated_at: 1
				})
				.execute()
		).rejects.toThrow();
		expect(await db.selectFrom('helpful_votes').selectAll().execute()).toEqual([]);
	});

	it('migrates idempotently', async () => {
		const again = await migrate(db);
		expect(again.results).toEqual([]);
	});
});
