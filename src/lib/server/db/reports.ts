// The raw rows the reports are computed from. Figures are computed in reports/summary.ts, so their exact
// definitions live in one tested place rather than in SQL dialects.
import { sql, type ExpressionBuilder, type ReferenceExpression } from 'kysely';
import type { DB } from './index';

export interface Range {
	/** Inclusive, epoch ms. */
	start: number;
	/** Exclusive, epoch ms. */
	end: number;
	locale?: string;
	teamId?: string;
}

/**
 * Whether a row is in the range: `at` from its start up to its end, and in its language and team when it names
 * them. A table without teams names no team column, and the range's team does not narrow it.
 */
function inRange<D, T extends keyof D>(
	eb: ExpressionBuilder<D, T>,
	r: Range,
	at: ReferenceExpression<D, T>,
	columns: { locale: ReferenceExpression<D, T>; team?: ReferenceExpression<D, T> }
) {
	return eb.and([
		eb(at, '>=', r.start),
		eb(at, '<', r.end),
		...(r.locale ? [eb(columns.locale, '=', r.locale)] : []),
		...(r.teamId && columns.team ? [eb(columns.team, '=', r.teamId)] : [])
	]);
}

export function surveyAnswers(db: DB, r: Range) {
	return db
		.selectFrom('surveys')
		.select([
			'csat',
			'ces',
			'nps',
			'value_product',
			'value_confidence',
			'assignee_id',
			'team_id',
			'locale',
			'category',
			'answered_at'
		])
		.where((eb) => inRange(eb, r, 'answered_at', { locale: 'locale', team: 'team_id' }))
		.execute();
}

export function ticketsCreated(db: DB, r: Range) {
	return db
		.selectFrom('tickets')
		.leftJoin('users as a', 'a.id', 'tickets.assignee_id')
		.leftJoin('teams', 'teams.id', 'tickets.team_id')
		.select([
			'tickets.id',
			'tickets.ref',
			'tickets.status',
			'tickets.locale',
			'tickets.category',
			'tickets.article_id',
			'tickets.created_at',
			'tickets.first_response_at',
			'tickets.first_due_at',
			'tickets.solved_at',
			'tickets.reopen_count',
			'tickets.agent_replies',
			'tickets.assignee_id',
			'tickets.team_id',
			'a.name as assignee_name',
			'teams.name as team_name'
		])
		.where((eb) =>
			inRange(eb, r, 'tickets.created_at', { locale: 'tickets.locale', team: 'tickets.team_id' })
		)
		.execute();
}

export async function searchFigures(db: DB, r: Range) {
	const base = db
		.selectFrom('search_events')
		.where((eb) => inRange(eb, r, 'created_at', { locale: 'locale' }));
	const totals = await base
		.select([
			(eb) => eb.fn.countAll<number>().as('n'),
			(eb) => eb.fn.sum<number>(eb.case().when('results', '=', 0).then(1).else(0).end()).as('zero')
		])
		.executeTakeFirst();
	const top = await base
		.select(['query', 'locale', (eb) => eb.fn.countAll<number>().as('count')])
		.where('results', '=', 0)
		.groupBy(['query', 'locale'])
		.orderBy('count', 'desc')
		.orderBy('query')
		.limit(10)
		.execute();
	return {
		searches: Number(totals?.n ?? 0),
		zero: Number(totals?.zero ?? 0),
		top: top.map((t) => ({ query: t.query, locale: t.locale, count: Number(t.count) }))
	};
}

export async function deflectionCounts(db: DB, r: Range) {
	const rows = await db
		.selectFrom('deflection_events')
		.select(['event', (eb) => eb.fn.countAll<number>().as('n')])
		.where((eb) => inRange(eb, r, 'created_at', { locale: 'locale' }))
		.where('event', 'in', ['solved', 'ticket'])
		.groupBy('event')
		.execute();
	const count = (e: string) => Number(rows.find((x) => x.event === e)?.n ?? 0);
	return { deflections: count('solved'), contactTickets: count('ticket') };
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

/** Page views and visits between two UTC days (inclusive). */
export async function viewCounts(db: DB, fromDay: string, toDay: string, locale?: string) {
	let q = db
		.selectFrom('page_views')
		.select([
			(eb) =>
				eb.fn
					.sum<number>(sql`case when article_id <> '' then views else 0 end`)
					.as('article_views'),
			(eb) => eb.fn.sum<number>('visits').as('visits')
		])
		.where('day', '>=', fromDay)
		.where('day', '<=', toDay);
	if (locale) q = q.where('locale', '=', locale);
	const row = await q.executeTakeFirst();
	return { articleViews: Number(row?.article_views ?? 0), visits: Number(row?.visits ?? 0) };
}

export function teamsList(db: DB) {
	return db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute();
}

/**
 * Next responses in the range (agent replies to a customer who wrote again), each with whether it met its due
 * time, plus the tickets still waiting past theirs: the "next response within target" share.
 */
export async function nextResponses(db: DB, r: Range, now: number) {
	const replies = db
		.selectFrom('ticket_events as e')
		.innerJoin('tickets', 'tickets.id', 'e.ticket_id')
		.select(['e.data'])
		.where('e.kind', '=', 'reply')
		.where((eb) =>
			inRange(eb, r, 'e.created_at', { locale: 'tickets.locale', team: 'tickets.team_id' })
		);
	const waiting = db
		.selectFrom('tickets')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('first_response_at', 'is not', null)
		.where((eb) => inRange(eb, r, 'awaiting_since', { locale: 'locale', team: 'team_id' }))
		.where('due_at', '<', now);
	let answered = 0;
	let onTime = 0;
	for (const { data } of await replies.execute()) {
		let sla: { first?: boolean; onTime?: boolean } | undefined;
		try {
			sla = (JSON.parse(data) as { sla?: { first?: boolean; onTime?: boolean } }).sla;
		} catch {
			sla = undefined;
		}
		if (!sla || sla.first) continue;
		answered++;
		if (sla.onTime) onTime++;
	}
	const overdue = Number((await waiting.executeTakeFirst())?.n ?? 0);
	return { measured: answered + overdue, onTime };
}
