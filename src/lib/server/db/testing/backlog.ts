// Test and bench support, never imported by the app: a busy month of help-desk history written in bulk
// (multi-row inserts), shaped as the app's own paths leave it: each ticket with its first message and its
// "ticket" deflection event; open ones waiting with a due time, some assigned and some with a priority; solved
// ones answered within hours (reply events carrying their SLA verdicts, a second answer after the customer
// wrote again for some), solved a day later, some reopened once, each with an answered survey. Twenty agents
// in three teams, customers most of whom write once while a few write daily.
import { randomBytes } from 'node:crypto';
import { PostgresAdapter, sql, type Insertable } from 'kysely';
import type { DB } from '../index';
import type { Database } from '../schema';
import { answeredSurvey } from './history';

const DAY = 24 * 60 * 60 * 1000;
const H = 60 * 60 * 1000;
const LOCALES = ['en', 'nb', 'sv', 'ru'];
const CATEGORIES = [
	'orders-delivery',
	'payments',
	'returns-complaints',
	'account-security',
	'contacting-support'
];
const id = () => randomBytes(16).toString('hex');

export interface BacklogOptions {
	open: number;
	solved: number;
	/** The end of the month: every ticket is created in the `days` before it. */
	now: number;
	days?: number;
}

export interface Backlog {
	adminId: string;
	agentIds: string[];
	customerIds: string[];
}

/** Rows of one table, inserted `size` at a time (well under either database's limit on parameters). */
async function insertAll<T extends keyof Database & string>(
	db: DB,
	table: T,
	rows: Insertable<Database[T]>[],
	size = 400
): Promise<void> {
	for (let i = 0; i < rows.length; i += size)
		await db
			.insertInto(table)
			.values(rows.slice(i, i + size) as never)
			.execute();
}

function user(role: 'customer' | 'agent' | 'admin', email: string, name: string, locale: string) {
	return {
		id: id(),
		email,
		email_verified_at: 0,
		name,
		password_hash: 'x',
		locale,
		role,
		shop_name: null,
		shop_url: null,
		phone: null,
		time_zone: null,
		created_at: 0,
		deleted_at: null
	};
}

/** Writes the backlog into `db` (in one transaction on SQLite, where that is much faster). */
export async function seedBacklog(db: DB, options: BacklogOptions): Promise<Backlog> {
	const days = options.days ?? 30;
	const total = options.open + options.solved;
	const admin = user('admin', 'bench-admin@example.test', 'Bench Admin', 'en');
	const agents = Array.from({ length: 20 }, (_, i) =>
		user('agent', `agent${i}@example.test`, `Agent ${i}`, LOCALES[i % 4]!)
	);
	const customers = Array.from({ length: Math.max(800, Math.round(total / 6)) }, (_, i) =>
		user('customer', `c${i}@example.test`, `Customer ${i}`, LOCALES[i % 4]!)
	);
	const teams = ['Nordic', 'Europe', 'Everyone'].map((name, i) => ({
		id: id(),
		name,
		languages: JSON.stringify(i === 0 ? ['nb', 'sv'] : i === 1 ? ['en', 'ru'] : LOCALES),
		categories: '[]',
		created_at: 0
	}));
	const members = agents.map((a, i) => ({ team_id: teams[i % 3]!.id, user_id: a.id }));
	const tickets: Insertable<Database['tickets']>[] = [];
	const messages: Insertable<Database['ticket_messages']>[] = [];
	const events: Insertable<Database['ticket_events']>[] = [];
	const surveys: Insertable<Database['surveys']>[] = [];
	const deflections: Insertable<Database['deflection_events']>[] = [];
	for (let i = 0; i < total; i++) {
		const open = i < options.open;
		// most customers write once; one ticket in ten comes from twenty who write daily
		const customer = customers[i % 10 === 0 ? i % 20 : i % customers.length]!;
		const created = options.now - (((i * 7919) % days) * DAY + (i % 1440) * 60_000) - 60_000;
		const agent = agents[i % agents.length]!;
		const assigned = !open || i % 3 !== 0;
		const ticketId = id();
		const number = 1001 + i;
		const replies = open ? 0 : 1 + (i % 3);
		const reopened = !open && i % 17 === 0;
		const firstAt = created + 3 * H;
		const solvedAt = created + DAY;
		const ticket = {
			id: ticketId,
			number,
			ref: `SV-${number}`,
			user_id: customer.id,
			subject: `Question ${i}`,
			// solved a week ago or more: closed by then, as the background job closes them
			status: open
				? assigned
					? 'open'
					: 'new'
				: solvedAt < options.now - 7 * DAY
					? 'closed'
					: 'solved',
			locale: LOCALES[i % 4]!,
			category: i % 7 === 0 ? null : CATEGORIES[i % CATEGORIES.length]!,
			article_id: null,
			article_locale: null,
			article_updated: null,
			callback_phone: null,
			callback_window: null,
			context: null,
			idempotency_key: null,
			version: open ? 1 : 2 * replies,
			created_at: created,
			updated_at: open ? created : solvedAt,
			priority: i % 97 === 0 ? 'urgent' : i % 41 === 0 ? 'high' : i % 53 === 0 ? 'low' : null,
			assignee_id: assigned ? agent.id : null,
			team_id: assigned ? teams[i % 3]!.id : null,
			awaiting_since: open ? created : null,
			due_at: open ? created + DAY : null,
			first_response_at: open ? null : firstAt,
			solved_at: open ? null : solvedAt,
			reopen_count: reopened ? 1 : 0,
			agent_replies: replies,
			callback_start: null,
			callback_end: null,
			callback_tz: null,
			callback_state: null,
			first_due_at: created + DAY
		} as const;
		tickets.push(ticket);
		const body = 'The card terminal does not start after the update.';
		const message = (author: string, at: number) => ({
			id: id(),
			ticket_id: ticketId,
			author_id: author,
			body,
			internal: 0,
			created_at: at
		});
		messages.push(message(customer.id, created));
		deflections.push({
			id: id(),
			locale: ticket.locale,
			article_id: null,
			event: 'ticket',
			created_at: created
		});
		if (open) continue;
		const event = (kind: string, at: number, data: object, version: number) => ({
			id: id(),
			ticket_id: ticketId,
			actor_id: kind === 'customer_reply' ? customer.id : agent.id,
			kind,
			data: JSON.stringify(data),
			version,
			created_at: at
		});
		messages.push(message(agent.id, firstAt));
		events.push(
			event('reply', firstAt, { sla: { first: true, due: created + DAY, onTime: true } }, 2)
		);
		// a second answer after the customer wrote again, on time or (every fourth) late
		for (let r = 1; r < replies; r++) {
			const wrote = firstAt + r * 2 * H;
			const answered = wrote + (i % 4 === 0 ? 30 * H : H);
			events.push(event('customer_reply', wrote, {}, 2 * r + 1));
			events.push(
				event(
					'reply',
					answered,
					{ sla: { first: false, due: wrote + DAY, onTime: i % 4 !== 0 } },
					2 * r + 2
				)
			);
		}
		surveys.push({
			...answeredSurvey(
				{ ...ticket, id: ticketId, user_id: customer.id },
				i,
				solvedAt,
				options.now,
				id()
			),
			value_product: i % 2 ? 1 + (i % 7) : null
		});
	}
	const write = async (trx: DB) => {
		await insertAll(trx, 'users', [admin, ...agents, ...customers]);
		await insertAll(trx, 'teams', teams);
		await insertAll(trx, 'team_members', members);
		await insertAll(trx, 'tickets', tickets, 200);
		await insertAll(trx, 'ticket_messages', messages);
		await insertAll(trx, 'ticket_events', events);
		await insertAll(trx, 'surveys', surveys, 200);
		await insertAll(trx, 'deflection_events', deflections);
		await trx
			.updateTable('counters')
			.set({ value: 1000 + total })
			.where('name', '=', 'ticket')
			.execute();
	};
	await db.transaction().execute(write);
	return {
		adminId: admin.id,
		agentIds: agents.map((a) => a.id),
		customerIds: customers.map((c) => c.id)
	};
}

/**
 * The database as its autovacuum leaves it within a minute of a bulk write: statistics for the planner, and the
 * row versions the backlog's own updates left behind cleared (an index scan for stale counts otherwise visits
 * every customer's dead row; a count reads the heap instead of the index alone).
 */
export async function gatherStatistics(db: DB): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`vacuum analyze`.execute(db);
}
