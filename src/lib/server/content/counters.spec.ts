import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { testDatabases } from '../db/testing/databases';
import type { Ctx } from '../http/context';
import { countDeflection, countPageView } from './counters';

const NOW = Date.parse('2026-12-07T10:00:00Z');

describe.each(testDatabases())('the open counters on $name', ({ open, close }) => {
	let db: DB;
	const limit = process.env.COUNTER_LIMIT_PER_HOUR;
	beforeEach(async () => {
		db = await open();
	});
	afterEach(async () => {
		process.env.COUNTER_LIMIT_PER_HOUR = limit;
		if (limit === undefined) delete process.env.COUNTER_LIMIT_PER_HOUR;
		await close(db);
	});
	const ctx = (ip = '203.0.113.7', now = NOW): Ctx => ({ db, now, ip, origin: 'https://x' });
	const views = () => db.selectFrom('page_views').selectAll().orderBy('article_id').execute();
	const deflections = () => db.selectFrom('deflection_events').select('event').execute();
	const view = (articleId: string, visit?: string, newVisit = false) => ({
		locale: 'en',
		articleId,
		newVisit,
		visit
	});

	it('counts a page once a visit, and the visit once; without a visit id, every view', async () => {
		const visit = 'visit-aaaaaaaa';
		expect(await countPageView(ctx(), view('returns', visit, true))).toBeNull();
		expect(await countPageView(ctx(), view('returns', visit, true))).toBeNull();
		expect(await countPageView(ctx(), view('shipping', visit, true))).toBeNull();
		expect(await countPageView(ctx(), view('returns', 'visit-bbbbbbbb'))).toBeNull();
		await countPageView(ctx(), view('shipping'));
		await countPageView(ctx(), view('shipping'));
		expect((await views()).map((r) => [r.article_id, r.views, r.visits])).toEqual([
			['returns', 2, 1],
			['shipping', 3, 0]
		]);
		// the next day the same visit counts again
		await countPageView(ctx(undefined, NOW + 24 * 3600_000), view('returns', visit));
		expect((await views()).find((r) => r.day === '2026-12-08')).toMatchObject({ views: 1 });
	});

	it('records a suggestion event once a visit per article', async () => {
		const event = { articleId: 'returns', locale: 'en', event: 'suggested' as const };
		for (let i = 0; i < 3; i++) await countDeflection(ctx(), { ...event, visit: 'visit-aaaaaaaa' });
		await countDeflection(ctx(), { ...event, event: 'opened', visit: 'visit-aaaaaaaa' });
		await countDeflection(ctx(), { ...event, visit: 'visit-bbbbbbbb' });
		expect((await deflections()).map((r) => r.event).sort()).toEqual([
			'opened',
			'suggested',
			'suggested'
		]);
	});

	it('refuses an address over the hourly limit with 429, whatever visit ids it makes up', async () => {
		process.env.COUNTER_LIMIT_PER_HOUR = '3';
		const sent = [];
		for (let i = 0; i < 5; i++) sent.push(await countPageView(ctx(), view('returns', `visit-${i}xxxxxxx`)));
		expect(sent.map((r) => r?.status ?? 204)).toEqual([204, 204, 204, 429, 429]);
		expect(sent[3]).toMatchObject({ code: 'throttled', message: 'tooManyRequests' });
		const deflected = [];
		for (let i = 0; i < 4; i++)
			deflected.push(
				await countDeflection(ctx(), { articleId: 'returns', locale: 'en', event: 'solved' })
			);
		expect(deflected.map((r) => r?.status ?? 204)).toEqual([204, 204, 204, 429]);
		// another address, or the next hour, counts again
		expect(await countPageView(ctx('198.51.100.1'), view('returns'))).toBeNull();
		expect(await countPageView(ctx(undefined, NOW + 3600_000), view('returns'))).toBeNull();
		expect((await views())[0]!.views).toBe(5);
		expect(await deflections()).toHaveLength(3);
	});
});
