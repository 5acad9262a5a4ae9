// The inbox's storage: tickets filtered for an agent's view, sorted and cut in SQL by the order tickets/queue.ts
// decides (its keys, here in SQL) and the count in each view; how often each customer wrote lately is kept in
// recent-tickets.ts.
import { PostgresAdapter, sql, type QueryCreator, type RawBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from './index';
import { copyRecounted, recountStale, refreshRecentCounts, UNFINISHED } from './recent-tickets';
import type { Database, Priority, TicketStatus } from './schema';
import type { Ticket } from './tickets';

export interface QueueFilters {
	/** The acting agent, for "mine" and "team" (the teams they are a member of). */
	userId: string;
	view?: 'all' | 'mine' | 'unassigned' | 'team';
	locale?: string;
	category?: string;
	status?: TicketStatus[];
	/** A reference, an email address or words from the subject or the messages. */
	q?: string;
	/** Only tickets whose customer still waits for a call. */
	callbacks?: boolean;
}

/** The keys of the inbox order, first to last, as tickets/queue.ts decides them (INBOX_ORDER). */
export type InboxKey =
	'priority' | 'recentTickets' | 'awaitingSince' | 'dueAt' | 'createdAt' | 'ref';

/** How to sort: the keys in order, each priority's rank (null ranks as `unset`) and the start of "recently". */
export interface InboxOrder {
	keys: readonly InboxKey[];
	priorityRank: Record<Priority, number>;
	unset: Priority;
	/** Tickets the customer created since then count as recent (this one included). */
	since: number;
}

export type QueueRow = Pick<
	Ticket,
	| 'ref'
	| 'subject'
	| 'status'
	| 'priority'
	| 'locale'
	| 'category'
	| 'article_id'
	| 'user_id'
	| 'assignee_id'
	| 'team_id'
	| 'awaiting_since'
	| 'due_at'
	| 'callback_phone'
	| 'callback_window'
	| 'callback_state'
	| 'callback_start'
	| 'callback_end'
	| 'callback_tz'
	| 'created_at'
	| 'updated_at'
	| 'version'
> & {
	customer_name: string;
	customer_email: string | null;
	assignee_name: string | null;
	team_name: string | null;
	/** The customer's recent tickets, at least 1 (this one): the "rarely writes" key. */
	recent_tickets: number;
};

/** The tickets agents have still to answer: the default inbox, which tickets_inbox holds in its order. */
const ACTIVE = ['new', 'open'];

const isActive = (status: readonly string[] = []) =>
	status.length > 0 &&
	status.every((s) => ACTIVE.includes(s)) &&
	ACTIVE.every((s) => status.includes(s));

/**
 * The inbox's tickets matching `f`. The default inbox (new and open) reads an index holding just its tickets:
 * tickets_inbox in the inbox order, so the database reads its first rows in order instead of sorting them all,
 * or for a count tickets_inbox_views, which holds what the views ask. Its condition is written as the indexes'
 * (literally, so SQLite sees that it holds), and SQLite is told the index, as its planner would take the status
 * index and sort.
 */
function filteredTickets(
	db: QueryCreator<Database>,
	f: QueueFilters,
	index: 'tickets_inbox' | 'tickets_inbox_views' | null
) {
	const inbox = isActive(f.status) && !f.callbacks;
	const from = inbox && index ? sql`tickets indexed by ${sql.raw(index)}` : sql`tickets`;
	// a table named in raw SQL: its columns are the tickets' all the same
	let q = db.selectFrom(from as unknown as 'tickets');
	if (inbox) q = q.where(sql<boolean>`tickets.status in ('new', 'open')`);
	else if (f.status?.length) q = q.where('tickets.status', 'in', f.status);
	if (f.view === 'mine') q = q.where('tickets.assignee_id', '=', f.userId);
	if (f.view === 'unassigned') q = q.where('tickets.assignee_id', 'is', null);
	if (f.view === 'team') q = q.where('tickets.team_id', 'in', teamsOf(db, f.userId));
	if (f.callbacks) q = q.where('tickets.callback_state', '=', 'requested');
	if (f.locale) q = q.where('tickets.locale', '=', f.locale);
	if (f.category) q = q.where('tickets.category', '=', f.category);
	const text = f.q?.trim();
	if (text) {
		const like = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		const matches = sql`${like} escape '\\'`;
		q = q.where((eb) =>
			eb.or([
				eb('tickets.ref', '=', text.toUpperCase()),
				eb(
					'tickets.user_id',
					'in',
					eb
						.selectFrom('users')
						.select('users.id')
						.where(sql`lower(users.email)`, 'like', matches)
				),
				eb(sql`lower(tickets.subject)`, 'like', matches),
				eb.exists(
					eb
						.selectFrom('ticket_messages as m')
						.select('m.id')
						.whereRef('m.ticket_id', '=', 'tickets.id')
						.where(sql`lower(m.body)`, 'like', matches)
				)
			])
		);
	}
	return q;
}

/** The teams the agent is a member of: the "team" view's. */
const teamsOf = (db: QueryCreator<Database>, userId: string) =>
	db
		.selectFrom('team_members')
		.select('team_members.team_id')
		.where('team_members.user_id', '=', userId);

/**
 * The customer's tickets since `o.since`, at least 1, as stored: refreshRecentCounts first recounts every count
 * that no longer holds, so these are exact. Unfinished tickets carry their customer's (and tickets_inbox sorts by
 * it); a list that may hold finished ones reads the customer's.
 */
function recentTickets(status: readonly TicketStatus[] = []) {
	return status.length > 0 && status.every((s) => UNFINISHED.includes(s))
		? sql<number>`tickets.recent_tickets`
		: sql<number>`case when c.recent_tickets < 1 then 1 else c.recent_tickets end`;
}

/**
 * The inbox order as SQL terms: a missing wait or due time sorts last, as in compareTickets. tickets_inbox
 * (migration 0014) holds these very expressions, so the database can read the default inbox in this order.
 */
function orderTerms(o: InboxOrder, status: readonly TicketStatus[] = []): RawBuilder<unknown>[] {
	const last = (column: string) => [sql`${sql.ref(column)} is null`, sql.ref(column)];
	return o.keys.flatMap((key) => {
		switch (key) {
			case 'priority': {
				const ranks = Object.entries(o.priorityRank).filter(([p]) => p !== o.unset);
				return [
					sql`case ${sql.join(
						ranks.map(
							([p, rank]) => sql`when tickets.priority = ${sql.lit(p)} then ${sql.lit(rank)}`
						),
						sql` `
					)} else ${sql.lit(o.priorityRank[o.unset])} end`
				];
			}
			case 'recentTickets':
				return [recentTickets(status)];
			case 'awaitingSince':
				return last('tickets.awaiting_since');
			case 'dueAt':
				return last('tickets.due_at');
			case 'createdAt':
				return [sql.ref('tickets.created_at')];
			case 'ref':
				return [sql.ref('tickets.ref')];
		}
	});
}

/** What an inbox row shows of a ticket, its customer, assignee and team, and the customer's recent tickets. */
function queueSelect(db: DB, f: QueueFilters) {
	return filteredTickets(db, f, isPostgres(db) ? null : 'tickets_inbox')
		.innerJoin('users as c', 'c.id', 'tickets.user_id')
		.leftJoin('users as a', 'a.id', 'tickets.assignee_id')
		.leftJoin('teams', 'teams.id', 'tickets.team_id')
		.select([
			'tickets.ref',
			'tickets.subject',
			'tickets.status',
			'tickets.priority',
			'tickets.locale',
			'tickets.category',
			'tickets.article_id',
			'tickets.user_id',
			'tickets.assignee_id',
			'tickets.team_id',
			'tickets.awaiting_since',
			'tickets.due_at',
			'tickets.callback_phone',
			'tickets.callback_window',
			'tickets.callback_state',
			'tickets.callback_start',
			'tickets.callback_end',
			'tickets.callback_tz',
			'tickets.created_at',
			'tickets.updated_at',
			'tickets.version',
			'c.name as customer_name',
			'c.email as customer_email',
			'a.name as assignee_name',
			'teams.name as team_name',
			recentTickets(f.status).as('recent_tickets')
		]);
}

/** The first `limit` tickets matching `f` in the inbox order, sorted and cut by the database. */
function queueRowsQuery(db: DB, f: QueueFilters, o: InboxOrder, limit: number) {
	let q = queueSelect(db, f);
	for (const term of orderTerms(o, f.status)) q = q.orderBy(term);
	return q.limit(limit);
}

/**
 * The call-backs still to make among the tickets matching `f`: each with its place in the inbox order among
 * them, earliest window first (no window last), then by that place.
 */
function callbackRowsQuery(db: DB, f: QueueFilters, o: InboxOrder) {
	return queueSelect(db, { ...f, callbacks: true })
		.select(
			sql<number>`row_number() over (order by ${sql.join(orderTerms(o, f.status))})`.as('position')
		)
		.orderBy(sql`tickets.callback_start is null`)
		.orderBy('tickets.callback_start')
		.orderBy('position')
		.limit(1000);
}

/** A row as read, its counts as numbers (PostgreSQL sends a bigint or a count as text). */
const queueRow = <R extends { recent_tickets: number | string }>(r: R) => ({
	...r,
	recent_tickets: Number(r.recent_tickets)
});
const callbackRow = <R extends { recent_tickets: number | string; position: number | string }>(
	r: R
) => ({ ...queueRow(r), position: Number(r.position) });

export type QueueView = NonNullable<QueueFilters['view']>;

/** How many tickets each view of the inbox holds under the same other filters (f.view is ignored). */
export async function queueViewCounts(db: DB, f: QueueFilters): Promise<Record<QueueView, number>> {
	const index = isPostgres(db) ? null : 'tickets_inbox_views';
	return viewsOf(await viewCounts(db, f, index).executeTakeFirst());
}

function viewCounts(
	db: QueryCreator<Database>,
	f: QueueFilters,
	index: 'tickets_inbox_views' | null
) {
	return filteredTickets(db, { ...f, view: 'all' }, index).select((eb) => [
		eb.fn.countAll<number | string>().as('all'),
		eb.fn
			.sum<number | string | null>(
				eb.case().when('tickets.assignee_id', '=', f.userId).then(1).else(0).end()
			)
			.as('mine'),
		eb.fn
			.sum<number | string | null>(
				eb.case().when('tickets.assignee_id', 'is', null).then(1).else(0).end()
			)
			.as('unassigned'),
		eb.fn
			.sum<number | string | null>(
				eb.case().when('tickets.team_id', 'in', teamsOf(db, f.userId)).then(1).else(0).end()
			)
			.as('team')
	]);
}

const viewsOf = (row?: Record<QueueView, number | string | null>): Record<QueueView, number> => ({
	all: Number(row?.all ?? 0),
	mine: Number(row?.mine ?? 0),
	unassigned: Number(row?.unassigned ?? 0),
	team: Number(row?.team ?? 0)
});

/**
 * The inbox as agentQueue reads it: every customer's count of recent tickets that no longer holds at `o.since`
 * recounted first (recent-tickets.ts), then the first `limit` tickets matching `f`, the call-backs among the
 * tickets of `callbackStatus` and the count in each view. On PostgreSQL, where each statement is a round trip,
 * all of it is one statement, the rows as JSON beside the counts: only when it renewed a count are the tickets
 * read again after it (a statement sees the rows as they were when it began).
 */
export async function readInbox(
	db: DB,
	f: QueueFilters,
	callbackStatus: TicketStatus[],
	o: InboxOrder,
	limit: number
) {
	const callbackFilters = { ...f, status: callbackStatus };
	if (!isPostgres(db)) {
		await refreshRecentCounts(db, o.since);
		const [rows, callbacks] = await Promise.all([
			queueRowsQuery(db, f, o, limit).execute(),
			callbackRowsQuery(db, callbackFilters, o).execute()
		]);
		return {
			rows: rows.map(queueRow),
			callbacks: callbacks.map(callbackRow),
			views: await queueViewCounts(db, f)
		};
	}
	const read = (recount: boolean) => {
		const views = viewCounts(db, f, null).as('views');
		const query = recount
			? db.with('stale', (qb) => recountStale(qb, o.since)).selectFrom(views)
			: db.selectFrom(views);
		return query
			.selectAll('views')
			.select(
				recount
					? sql<string[]>`array(select id from stale)`.as('stale')
					: sql<string[]>`array[]::text[]`.as('stale')
			)
			.select([
				jsonArrayFrom(queueRowsQuery(db, f, o, limit)).as('rows'),
				jsonArrayFrom(callbackRowsQuery(db, callbackFilters, o)).as('callbacks')
			])
			.executeTakeFirstOrThrow();
	};
	let inbox = await read(true);
	if (inbox.stale.length) {
		await copyRecounted(db, inbox.stale);
		inbox = await read(false);
	}
	return {
		rows: inbox.rows.map(queueRow),
		callbacks: inbox.callbacks.map(callbackRow),
		views: viewsOf(inbox)
	};
}

const isPostgres = (db: DB) => db.getExecutor().adapter instanceof PostgresAdapter;
