// The reports' running figures, kept in the transaction of each change that moves them (issue 14), so the
// summary reads them instead of every ticket, survey and reply of the period:
// - report_tickets: per ticket, what the summary reads of it, with its response and resolution times in business
//   milliseconds under the service hours (computed once, when they become known);
// - report_answers: survey answers counted per local day (the team's time zone), language, team, assignee and
//   category, per question and score;
// - report_replies: next responses (an agent's answer after the customer wrote again) per local day, language and
//   the ticket's team, and how many of them met their due time.
// computeReportFacts derives all of it from the raw rows; rebuildReportFacts stores that, as migration 0013 does
// and a change of the service hours must (the times and days depend on them).
import { PostgresAdapter, sql } from 'kysely';
import { businessMsBetween, zonedParts } from '$lib/service-hours/business-hours';
import type { ServiceHours } from '$lib/service-hours/business-hours';
import type { ServiceSettings } from '$lib/service-hours/sla';
import type { DB } from './index';
import type { TicketStatus } from './schema';
import { readServiceSettings } from './settings';

export interface TicketFact {
	ticket_id: string;
	created_at: number;
	locale: string;
	team_id: string | null;
	assignee_id: string | null;
	category: string | null;
	article_id: string | null;
	status: TicketStatus;
	reopen_count: number;
	agent_replies: number;
	first_response_at: number | null;
	first_due_at: number | null;
	solved_at: number | null;
	/** Business milliseconds from creation to the first response, and to being solved (the latest time). */
	first_response_ms: number | null;
	resolution_ms: number | null;
}

/** The ticket columns a fact is made of. */
export const FACT_COLUMNS = [
	'id',
	'created_at',
	'locale',
	'team_id',
	'assignee_id',
	'category',
	'article_id',
	'status',
	'reopen_count',
	'agent_replies',
	'first_response_at',
	'first_due_at',
	'solved_at'
] as const;

export type TicketState = Omit<TicketFact, 'ticket_id' | 'first_response_ms' | 'resolution_ms'> & {
	id: string;
};

export const QUESTIONS = ['csat', 'ces', 'nps', 'value_product', 'value_confidence'] as const;
/** A question of the survey, or "responses" (value 0): one per answered survey. */
export type Question = (typeof QUESTIONS)[number] | 'responses';

export interface AnswerCount {
	day: string;
	locale: string;
	team_id: string | null;
	assignee_id: string | null;
	category: string | null;
	question: Question;
	value: number;
	n: number;
}

export interface ReplyCount {
	day: string;
	locale: string;
	team_id: string | null;
	measured: number;
	on_time: number;
}

type SurveyState = { answered_at: number | null; locale: string } & Record<
	'team_id' | 'assignee_id' | 'category',
	string | null
> &
	Record<(typeof QUESTIONS)[number], number | null>;

const num = (x: number | string | null) => (x === null ? null : Number(x));

/** A ticket's fact, its times in business milliseconds under `hours` (none without them: kept as stored). */
export function factOf(t: TicketState, hours?: ServiceHours): TicketFact {
	const created = Number(t.created_at);
	const since = (at: number | null) =>
		at === null || !hours ? null : businessMsBetween(created, at, hours);
	const first = num(t.first_response_at);
	const solved = num(t.solved_at);
	return {
		ticket_id: t.id,
		created_at: created,
		locale: t.locale,
		team_id: t.team_id,
		assignee_id: t.assignee_id,
		category: t.category,
		article_id: t.article_id,
		status: t.status,
		reopen_count: Number(t.reopen_count),
		agent_replies: Number(t.agent_replies),
		first_response_at: first,
		first_due_at: num(t.first_due_at),
		solved_at: solved,
		first_response_ms: since(first),
		resolution_ms: since(solved)
	};
}

/** The local date of an instant in the team's zone: the day figures are counted under. */
export const dayOf = (at: number, timeZone: string) => zonedParts(at, timeZone).date;

/** An answered survey as counts of one: a response, and each question it answered with its score. */
export function answerCountsOf(s: SurveyState, timeZone: string): AnswerCount[] {
	if (s.answered_at === null) return [];
	const base = {
		day: dayOf(Number(s.answered_at), timeZone),
		locale: s.locale,
		team_id: s.team_id,
		assignee_id: s.assignee_id,
		category: s.category,
		n: 1
	};
	return [
		{ ...base, question: 'responses', value: 0 },
		...QUESTIONS.filter((q) => s[q] !== null).map((q) => ({
			...base,
			question: q,
			value: Number(s[q])
		}))
	];
}

/**
 * Whether a reply event is a next response (not the first answer) that carries the SLA verdict it was given:
 * what "next response within target" counts, and whether it was on time.
 */
export function nextResponseOf(data: string | Record<string, unknown>): { onTime: boolean } | null {
	let sla: { first?: boolean; onTime?: boolean } | undefined;
	try {
		const parsed = typeof data === 'string' ? (JSON.parse(data) as Record<string, unknown>) : data;
		sla = parsed.sla as typeof sla;
	} catch {
		sla = undefined;
	}
	return !sla || sla.first ? null : { onTime: Boolean(sla.onTime) };
}

// ---- storing counts: '' stands for "none" in the keys, which may not be null ----

const key = (x: string | null) => x ?? '';

/** Counts with the same key added up, those that come to nothing left out. */
function merged<T>(rows: T[], keyOf: (r: T) => string, add: (into: T, r: T) => void): T[] {
	const by = new Map<string, T>();
	for (const r of rows) {
		const k = keyOf(r);
		const into = by.get(k);
		if (into) add(into, r);
		else by.set(k, { ...r });
	}
	return [...by.values()];
}

/** Add answer counts (`sign` -1 takes them away). */
export async function addAnswerCounts(trx: DB, counts: AnswerCount[], sign: 1 | -1 = 1) {
	const rows = merged(
		counts,
		(c) => [c.day, c.locale, c.team_id, c.assignee_id, c.category, c.question, c.value].join('\n'),
		(into, c) => (into.n += c.n)
	).filter((c) => c.n !== 0);
	for (let i = 0; i < rows.length; i += 300)
		await trx
			.insertInto('report_answers')
			.values(
				rows.slice(i, i + 300).map((c) => ({
					...c,
					team_id: key(c.team_id),
					assignee_id: key(c.assignee_id),
					category: key(c.category),
					n: sign * c.n
				}))
			)
			.onConflict((oc) =>
				oc
					.columns(['day', 'locale', 'team_id', 'assignee_id', 'category', 'question', 'value'])
					.doUpdateSet({ n: sql`report_answers.n + excluded.n` })
			)
			.execute();
}

/** Add next-response counts (`sign` -1 takes them away). */
export async function addReplyCounts(trx: DB, counts: ReplyCount[], sign: 1 | -1 = 1) {
	const rows = merged(
		counts,
		(c) => [c.day, c.locale, c.team_id].join('\n'),
		(into, c) => {
			into.measured += c.measured;
			into.on_time += c.on_time;
		}
	).filter((c) => c.measured !== 0 || c.on_time !== 0);
	for (let i = 0; i < rows.length; i += 300)
		await trx
			.insertInto('report_replies')
			.values(
				rows.slice(i, i + 300).map((c) => ({
					...c,
					team_id: key(c.team_id),
					measured: sign * c.measured,
					on_time: sign * c.on_time
				}))
			)
			.onConflict((oc) =>
				oc.columns(['day', 'locale', 'team_id']).doUpdateSet({
					measured: sql`report_replies.measured + excluded.measured`,
					on_time: sql`report_replies.on_time + excluded.on_time`
				})
			)
			.execute();
}

// ---- the service hours the figures were computed under ----

/** Any 64-bit number of our own: the advisory lock that a change of the service hours takes alone. */
const HOURS_LOCK = 0x5376617248;

const isPostgres = (db: DB) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The service settings, read inside a transaction that stores figures computed under them. On PostgreSQL it
 * first takes a shared lock that a change of the hours takes exclusively (lockServiceHours), so figures are never
 * stored under hours that changed meanwhile; SQLite writes one transaction at a time anyway.
 */
export async function hoursForFigures(trx: DB): Promise<ServiceSettings> {
	if (isPostgres(trx)) await sql`select pg_advisory_xact_lock_shared(${HOURS_LOCK})`.execute(trx);
	return readServiceSettings(trx);
}

/** Taken by a change of the service settings, in its transaction, before it reads and rebuilds. */
export async function lockServiceHours(trx: DB): Promise<void> {
	if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${HOURS_LOCK})`.execute(trx);
}

/** Whether two settings give the same times and days (the zone, the working days and hours, the holidays). */
export function sameHours(a: ServiceHours, b: ServiceHours): boolean {
	const hours = (s: ServiceHours) =>
		JSON.stringify([s.timeZone, [...s.days].sort(), s.start, s.end, [...s.holidays].sort()]);
	return hours(a) === hours(b);
}
