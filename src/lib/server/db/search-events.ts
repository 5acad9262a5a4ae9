import { randomUUID } from 'node:crypto';
import type { DB } from './index';
import { maskQuery } from '$lib/search/privacy';

export interface SearchEventInput {
	locale: string;
	query: string;
	results: number;
	openedArticle?: string | null;
	visitId?: string | null;
	now: number;
}

/** Store one final query (masked here, whatever the client sent). Returns false for an empty one. */
export async function recordSearch(db: DB, event: SearchEventInput): Promise<boolean> {
	const query = maskQuery(event.query);
	if (!query) return false;
	await db
		.insertInto('search_events')
		.values({
			id: randomUUID(),
			locale: event.locale,
			query,
			results: event.results,
			opened_article: event.openedArticle ?? null,
			visit_id: event.visitId ?? null,
			created_at: event.now
		})
		.execute();
	return true;
}

export interface QueryCount {
	locale: string;
	query: string;
	searches: number;
	opened: number;
}

/** Queries people type most, case-insensitively, with how often a result was opened. */
export async function topQueries(
	db: DB,
	since: number,
	limit = 20,
	onlyEmpty = false
): Promise<QueryCount[]> {
	let q = db
		.selectFrom('search_events')
		.select((eb) => [
			'locale',
			eb.fn('lower', ['query']).as('query'),
			eb.fn.countAll<number>().as('searches'),
			eb.fn.count<number>('opened_article').as('opened')
		])
		.where('created_at', '>=', since);
	if (onlyEmpty) q = q.where('results', '=', 0);
	const rows = await q
		.groupBy(['locale', (eb) => eb.fn('lower', ['query'])])
		.orderBy('searches', 'desc')
		.orderBy('query')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		locale: r.locale,
		query: String(r.query),
		searches: Number(r.searches),
		opened: Number(r.opened)
	}));
}

/** Article ids readers opened from search, with counts. */
export async function openedArticles(db: DB, since: number): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('search_events')
		.select((eb) => ['opened_article', eb.fn.countAll<number>().as('n')])
		.where('created_at', '>=', since)
		.where('opened_article', 'is not', null)
		.groupBy('opened_article')
		.execute();
	return new Map(rows.map((r) => [r.opened_article!, Number(r.n)]));
}

/** The searches one visit made since `since`, oldest first (the trail a new ticket carries). */
export function visitSearches(db: DB, visitId: string, since: number) {
	return db
		.selectFrom('search_events')
		.select(['query', 'results', 'opened_article', 'locale', 'created_at'])
		.where('visit_id', '=', visitId)
		.where('created_at', '>', since)
		.orderBy('created_at')
		.limit(100)
		.execute();
}
