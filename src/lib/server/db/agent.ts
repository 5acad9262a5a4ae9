// The agent side's storage: the inbox query, versioned ticket changes with their event log, teams, staff and
// canned answers. Reads of tickets here are for agents and admins only; the service checks the role first.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from './index';
import type { CannedAnswerTable, TeamTable, TicketStatus, TicketTable } from './schema';
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

export type TicketChange = Partial<
	Pick<
		TicketTable,
		| 'status'
		| 'priority'
		| 'assignee_id'
		| 'team_id'
		| 'awaiting_since'
		| 'due_at'
		| 'first_response_at'
		| 'solved_at'
		| 'callback_start'
		| 'callback_end'
		| 'callback_state'
	>
> & { reopen?: boolean; agentReply?: boolean };

export interface TicketEvent {
	kind: string;
	data: Record<string, unknown>;
}

/**
 * Change a ticket and log why, as one step: the version goes up by one and the event records it. With
 * `seenVersion`, nothing changes unless the ticket is still at that version (returns null: somebody else was
 * first). Call inside a transaction.
 */
export async function changeTicket(
	trx: DB,
	ticketId: string,
	seenVersion: number | null,
	change: TicketChange,
	event: TicketEvent,
	actorId: string | null,
	now: number
): Promise<number | null> {
	const { reopen, agentReply, ...columns } = change;
	let q = trx
		.updateTable('tickets')
		.set((eb) => ({
			...columns,
			updated_at: now,
			version: eb('version', '+', 1),
			...(reopen ? { reopen_count: eb('reopen_count', '+', 1) } : {}),
			...(agentReply ? { agent_replies: eb('agent_replies', '+', 1) } : {})
		}))
		.where('id', '=', ticketId);
	if (seenVersion !== null) q = q.where('version', '=', seenVersion);
	const row = await q.returning('version').executeTakeFirst();
	if (!row) return null;
	const version = Number(row.version);
	await trx
		.insertInto('ticket_events')
		.values({
			id: randomUUID(),
			ticket_id: ticketId,
			actor_id: actorId,
			kind: event.kind,
			data: JSON.stringify(event.data),
			version,
			created_at: now
		})
		.execute();
	return version;
}

export interface EventRow {
	id: string;
	kind: string;
	data: Record<string, unknown>;
	version: number;
	actorId: string | null;
	actorName: string | null;
	createdAt: number;
}

/** The ticket's log, or only what happened after `afterVersion` (what a stale editor missed). */
export async function ticketEvents(
	db: DB,
	ticketId: string,
	afterVersion = 0
): Promise<EventRow[]> {
	const rows = await db
		.selectFrom('ticket_events as e')
		.leftJoin('users as u', 'u.id', 'e.actor_id')
		.select(['e.id', 'e.kind', 'e.data', 'e.version', 'e.actor_id', 'e.created_at', 'u.name'])
		.where('e.ticket_id', '=', ticketId)
		.where('e.version', '>', afterVersion)
		.orderBy('e.version')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		data: JSON.parse(r.data) as Record<string, unknown>,
		version: Number(r.version),
		actorId: r.actor_id,
		actorName: r.name,
		createdAt: Number(r.created_at)
	}));
}

/** Solved tickets without a reply for `after` ms, closed with an event each. Returns how many. */
export async function closeSolvedBefore(db: DB, before: number, now: number): Promise<number> {
	const stale = await db
		.selectFrom('tickets')
		.select('id')
		.where('status', '=', 'solved')
		.where('solved_at', '<', before)
		.limit(500)
		.execute();
	for (const { id } of stale)
		await db.transaction().execute(async (trx) => {
			// re-checked in the update: a reply in between keeps the ticket open
			const row = await trx
				.selectFrom('tickets')
				.select(['version', 'status'])
				.where('id', '=', id)
				.executeTakeFirst();
			if (row?.status === 'solved')
				await changeTicket(
					trx,
					id,
					Number(row.version),
					{ status: 'closed' },
					{ kind: 'status', data: { from: 'solved', to: 'closed', automatic: true } },
					null,
					now
				);
		});
	return stale.length;
}

// ---- teams and staff ----

export interface Team {
	id: string;
	name: string;
	languages: string[];
	categories: string[];
	members: string[];
}

function parseList(text: string): string[] {
	try {
		const list: unknown = JSON.parse(text);
		return Array.isArray(list) ? list.map(String) : [];
	} catch {
		return [];
	}
}

export async function listTeams(db: DB): Promise<Team[]> {
	const teams = await db.selectFrom('teams').selectAll().orderBy('name').execute();
	const members = await db.selectFrom('team_members').selectAll().execute();
	return teams.map((t: TeamTable) => ({
		id: t.id,
		name: t.name,
		languages: parseList(t.languages),
		categories: parseList(t.categories),
		members: members.filter((m) => m.team_id === t.id).map((m) => m.user_id)
	}));
}

export async function saveTeam(
	db: DB,
	team: Omit<Team, 'id'> & { id?: string },
	now: number
): Promise<string> {
	const id = team.id ?? randomUUID();
	await db.transaction().execute(async (trx) => {
		const values = {
			name: team.name,
			languages: JSON.stringify(team.languages),
			categories: JSON.stringify(team.categories)
		};
		if (team.id) await trx.updateTable('teams').set(values).where('id', '=', id).execute();
		else
			await trx
				.insertInto('teams')
				.values({ id, ...values, created_at: now })
				.execute();
		await trx.deleteFrom('team_members').where('team_id', '=', id).execute();
		for (const userId of new Set(team.members))
			await trx.insertInto('team_members').values({ team_id: id, user_id: userId }).execute();
	});
	return id;
}

export async function deleteTeam(db: DB, id: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('tickets').set({ team_id: null }).where('team_id', '=', id).execute();
		await trx.deleteFrom('team_members').where('team_id', '=', id).execute();
		await trx.deleteFrom('teams').where('id', '=', id).execute();
	});
}

export interface StaffMember {
	id: string;
	name: string;
	email: string | null;
	role: 'agent' | 'admin';
	locale: string;
	timeZone: string | null;
	openTickets: number;
	teamIds: string[];
}

/** Agents and admins, with how many unfinished tickets each has (for the suggested assignee). */
export async function listStaff(db: DB): Promise<StaffMember[]> {
	const users = await db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'role', 'locale', 'time_zone'])
		.where('role', 'in', ['agent', 'admin'])
		.where('deleted_at', 'is', null)
		.orderBy('name')
		.execute();
	const open = await db
		.selectFrom('tickets')
		.select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('status', 'in', ['new', 'open', 'pending'])
		.where('assignee_id', 'is not', null)
		.groupBy('assignee_id')
		.execute();
	const members = await db.selectFrom('team_members').selectAll().execute();
	return users.map((u) => ({
		id: u.id,
		name: u.name,
		email: u.email,
		role: u.role as 'agent' | 'admin',
		locale: u.locale,
		timeZone: u.time_zone,
		openTickets: Number(open.find((o) => o.assignee_id === u.id)?.n ?? 0),
		teamIds: members.filter((m) => m.user_id === u.id).map((m) => m.team_id)
	}));
}

export async function setUserPreferences(
	db: DB,
	userId: string,
	prefs: { locale: string; timeZone: string | null }
): Promise<void> {
	await db
		.updateTable('users')
		.set({ locale: prefs.locale, time_zone: prefs.timeZone })
		.where('id', '=', userId)
		.execute();
}

/** A customer again leaves their teams; their assigned tickets stay theirs until reassigned. */
export async function setRole(db: DB, userId: string, role: 'customer' | 'agent' | 'admin') {
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('users').set({ role }).where('id', '=', userId).execute();
		if (role === 'customer')
			await trx.deleteFrom('team_members').where('user_id', '=', userId).execute();
	});
}

/** Every ticket of one customer, newest first, for the customer panel. */
export function customerTickets(db: DB, userId: string) {
	return db
		.selectFrom('tickets')
		.select(['ref', 'subject', 'status', 'created_at', 'locale'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.limit(50)
		.execute();
}

// ---- canned answers ----

export type CannedAnswer = CannedAnswerTable;

export function listCanned(db: DB, locale?: string): Promise<CannedAnswer[]> {
	let q = db.selectFrom('canned_answers').selectAll();
	if (locale) q = q.where('locale', '=', locale);
	return q.orderBy('locale').orderBy('title').execute();
}

export function findCanned(db: DB, id: string): Promise<CannedAnswer | undefined> {
	return db.selectFrom('canned_answers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCannedByTitle(db: DB, locale: string, title: string) {
	return db
		.selectFrom('canned_answers')
		.select('id')
		.where('locale', '=', locale)
		.where('title', '=', title)
		.executeTakeFirst();
}

export async function insertCanned(
	db: DB,
	answer: { locale: string; title: string; body: string; createdBy: string | null },
	now: number
): Promise<CannedAnswer> {
	const row: CannedAnswer = {
		id: randomUUID(),
		locale: answer.locale,
		title: answer.title,
		body: answer.body,
		created_by: answer.createdBy,
		created_at: now,
		updated_at: now
	};
	await db.insertInto('canned_answers').values(row).execute();
	return row;
}

export async function updateCanned(
	db: DB,
	id: string,
	answer: { locale: string; title: string; body: string },
	now: number
): Promise<void> {
	await db
		.updateTable('canned_answers')
		.set({ ...answer, updated_at: now })
		.where('id', '=', id)
		.execute();
}

export async function deleteCanned(db: DB, id: string): Promise<void> {
	await db.deleteFrom('canned_answers').where('id', '=', id).execute();
}

/** The latest change to a locale's canned answers: the key for its cached search index. */
export async function cannedStamp(db: DB, locale: string): Promise<string> {
	const row = await db
		.selectFrom('canned_answers')
		.select([
			(eb) => eb.fn.countAll<number>().as('n'),
			(eb) => eb.fn.max('updated_at').as('latest')
		])
		.where('locale', '=', locale)
		.executeTakeFirst();
	return `${row?.n ?? 0}:${row?.latest ?? 0}`;
}
