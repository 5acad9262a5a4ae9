// The inbox's storage: tickets filtered for an agent's view, the count in each view, and how often each
// customer wrote lately. The order itself is decided in tickets/queue.ts.
import { sql } from 'kysely';
import type { DB } from './index';
import type { TicketStatus } from './schema';
import type { Ticket } from './tickets';

export interface QueueFilters {
	/** The acting agent, for "mine" and "team". */
	userId: string;
	view?: 'all' | 'mine' | 'unassigned' | 'team';
	teamIds?: string[];
	locale?: string;
	category?: string;
	status?: TicketStatus[];
	/** A reference, an email address or words from the subject or the messages. */
	q?: string;
	/** Only tickets whose customer still waits for a call. */
	callbacks?: boolean;
}

export interface QueueRow extends Ticket {
	customer_name: string;
	customer_email: string | null;
	assignee_name: string | null;
	team_name: string | null;
}

/** The inbox's tickets matching `f`, joined to their customer (whose email the text search reads). */
function filteredTickets(db: DB, f: QueueFilters) {
	let q = db.selectFrom('tickets').innerJoin('users as c', 'c.id', 'tickets.user_id');
	if (f.status?.length) q = q.where('tickets.status', 'in', f.status);
	if (f.view === 'mine') q = q.where('tickets.assignee_id', '=', f.userId);
	if (f.view === 'unassigned') q = q.where('tickets.assignee_id', 'is', null);
	if (f.view === 'team')
		q = f.teamIds?.length
			? q.where('tickets.team_id', 'in', f.teamIds)
			: q.where(sql<boolean>`1 = 0`);
	if (f.callbacks) q = q.where('tickets.callback_state', '=', 'requested');
	if (f.locale) q = q.where('tickets.locale', '=', f.locale);
	if (f.category) q = q.where('tickets.category', '=', f.category);
	const text = f.q?.trim();
	if (text) {
		const like = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		q = q.where((eb) =>
			eb.or([
				eb('tickets.ref', '=', text.toUpperCase()),
				eb(sql`lower(c.email)`, 'like', sql`${like} escape '\\'`),
				eb(sql`lower(tickets.subject)`, 'like', sql`${like} escape '\\'`),
				eb.exists(
					eb
						.selectFrom('ticket_messages as m')
						.select('m.id')
						.whereRef('m.ticket_id', '=', 'tickets.id')
						.where(sql`lower(m.body)`, 'like', sql`${like} escape '\\'`)
				)
			])
		);
	}
	return q;
}

export async function queueRows(db: DB, f: QueueFilters): Promise<QueueRow[]> {
	const rows = await filteredTickets(db, f)
		.leftJoin('users as a', 'a.id', 'tickets.assignee_id')
		.leftJoin('teams', 'teams.id', 'tickets.team_id')
		.selectAll('tickets')
		.select([
			'c.name as customer_name',
			'c.email as customer_email',
			'a.name as assignee_name',
			'teams.name as team_name'
		])
		.orderBy('tickets.updated_at', 'desc')
		.limit(2000)
		.execute();
	return rows as unknown as QueueRow[];
}

export type QueueView = NonNullable<QueueFilters['view']>;

/** How many tickets each view of the inbox holds under the same other filters (f.view is ignored). */
export async function queueViewCounts(db: DB, f: QueueFilters): Promise<Record<QueueView, number>> {
	const teamIds = f.teamIds ?? [];
	const row = await filteredTickets(db, { ...f, view: 'all' })
		.select((eb) => [
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
			teamIds.length
				? eb.fn
						.sum<number | string | null>(
							eb.case().when('tickets.team_id', 'in', teamIds).then(1).else(0).end()
						)
						.as('team')
				: sql<number>`0`.as('team')
		])
		.executeTakeFirst();
	return {
		all: Number(row?.all ?? 0),
		mine: Number(row?.mine ?? 0),
		unassigned: Number(row?.unassigned ?? 0),
		team: Number(row?.team ?? 0)
	};
}

/** Tickets each customer created since `since` (the "how often do they write" of the inbox order). */
export async function recentTicketCounts(
	db: DB,
	userIds: string[],
	since: number
): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	const unique = [...new Set(userIds)];
	for (let i = 0; i < unique.length; i += 500) {
		const rows = await db
			.selectFrom('tickets')
			.select(['user_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('user_id', 'in', unique.slice(i, i + 500))
			.where('created_at', '>=', since)
			.groupBy('user_id')
			.execute();
		for (const r of rows) counts.set(r.user_id, Number(r.n));
	}
	return counts;
}
