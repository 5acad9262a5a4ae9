// What the reports count of a period besides the tickets and surveys (reports.ts): the help centre's searches,
// deflections, votes and page views, and the tickets still waiting past their due time; the names the
// breakdowns are labelled with. The counts that are one number each come in one statement: on PostgreSQL every
// statement is a round trip, and a summary asked for a dozen.
import { sql } from 'kysely';
import type { DB } from './index';
import { inRange, type Range } from './reports';

/** The help centre's searches in the range. */
const searchesIn = (db: DB, r: Range) =>
	db.selectFrom('search_events').where((eb) => inRange(eb, r, 'created_at', { locale: 'locale' }));

/** One kind of deflection event in the range: an article that solved it, or a ticket written instead. */
const deflectionsIn = (db: DB, r: Range, event: 'solved' | 'ticket') =>
	db
		.selectFrom('deflection_events')
		.where((eb) => inRange(eb, r, 'created_at', { locale: 'locale' }))
		.where('event', '=', event);

/** Page views of the UTC days (inclusive), in one language if given. */
function viewsIn(db: DB, fromDay: string, toDay: string, locale?: string) {
	let q = db.selectFrom('page_views').where('day', '>=', fromDay).where('day', '<=', toDay);
	if (locale) q = q.where('locale', '=', locale);
	return q;
}

/**
 * Tickets whose customer wrote again in the range and still waits past the due time: with the next responses
 * (reports.ts replyCounts), what "next response within target" is measured on.
 */
const waitingIn = (db: DB, r: Range, now: number) =>
	db
		.selectFrom('tickets')
		.where('first_response_at', 'is not', null)
		.where((eb) => inRange(eb, r, 'awaiting_since', { locale: 'locale', team: 'team_id' }))
		.where('due_at', '<', now);

const zeroResults = sql<number>`case when results = 0 then 1 else 0 end`;
const articleViews = sql<number>`case when article_id <> '' then views else 0 end`;

/**
 * The period's counts that are a number each, in one statement: searches and those that found nothing,
 * deflections and tickets written instead, article views and visits (of the UTC days `fromDay` to `toDay`), and
 * tickets waiting past their due time.
 */
export async function periodCounts(
	db: DB,
	r: Range,
	days: { fromDay: string; toDay: string },
	now: number
) {
	const row = await db
		.selectNoFrom(() => [
			searchesIn(db, r)
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('searches'),
			searchesIn(db, r)
				.select((e) => e.fn.sum<number>(zeroResults).as('n'))
				.as('zero'),
			deflectionsIn(db, r, 'solved')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('deflections'),
			deflectionsIn(db, r, 'ticket')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('tickets'),
			viewsIn(db, days.fromDay, days.toDay, r.locale)
				.select((e) => e.fn.sum<number>(articleViews).as('n'))
				.as('article_views'),
			viewsIn(db, days.fromDay, days.toDay, r.locale)
				.select((e) => e.fn.sum<number>('visits').as('n'))
				.as('visits'),
			waitingIn(db, r, now)
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('waiting')
		])
		.executeTakeFirstOrThrow();
	const n = (x: unknown) => Number(x ?? 0);
	return {
		searches: n(row.searches),
		zero: n(row.zero),
		deflections: n(row.deflections),
		contactTickets: n(row.tickets),
		articleViews: n(row.article_views),
		visits: n(row.visits),
		waitingPastDue: n(row.waiting)
	};
}

/** The searches of the range that found nothing, most asked first (ten at most). */
export async function emptySearches(db: DB, r: Range) {
	const top = await searchesIn(db, r)
		.select(['query', 'locale', (eb) => eb.fn.countAll<number>().as('count')])
		.where('results', '=', 0)
		.groupBy(['query', 'locale'])
		.orderBy('count', 'desc')
		.orderBy('query')
		.limit(10)
		.execute();
	return top.map((t) => ({ query: t.query, locale: t.locale, count: Number(t.count) }));
}

/** Tickets waiting past their due time (periodCounts counts them with the rest). */
export async function waitingPastDue(db: DB, r: Range, now: number): Promise<number> {
	const row = await waitingIn(db, r, now)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** Helpful votes cast or changed in the range, per article. */
export async function voteCounts(db: DB, r: Range) {
	const rows = await db
		.selectFrom('helpful_votes')
		.select([
			'article_id',
			(eb) => eb.fn.countAll<number>().as('n'),
			(eb) => eb.fn.sum<number>('helpful').as('yes')
		])
		.where((eb) => inRange(eb, r, 'updated_at', { locale: 'locale' }))
		.groupBy('article_id')
		.execute();
	return rows.map((x) => ({ articleId: x.article_id, n: Number(x.n), yes: Number(x.yes ?? 0) }));
}

/** The names of these accounts and of these teams, for the breakdowns' labels (in one statement). */
export async function namesOf(db: DB, userIds: string[], teamIds: string[]) {
	const users = db
		.selectFrom('users')
		.select([sql<string>`'user'`.as('kind'), 'id', 'name'])
		.where('id', 'in', userIds.length ? userIds : ['']);
	const teams = db
		.selectFrom('teams')
		.select([sql<string>`'team'`.as('kind'), 'id', 'name'])
		.where('id', 'in', teamIds.length ? teamIds : ['']);
	const rows = userIds.length || teamIds.length ? await users.unionAll(teams).execute() : [];
	const of = (kind: string) =>
		new Map(rows.filter((r) => r.kind === kind).map((r) => [r.id, r.name]));
	return { users: of('user'), teams: of('team') };
}

export function teamsList(db: DB) {
	return db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute();
}
