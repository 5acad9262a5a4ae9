// The reports' running figures (report-facts.ts) kept as things change, each in the transaction of its change: a
// ticket's fact as the ticket is now, its next responses under its current team, and the survey answers counted.
import type { DB } from './index';
import { codeOf, codesKnown, codesOf, valuesOf } from './report-codes';
import {
	addAnswerCounts,
	addReplyCounts,
	answerCountsOf,
	dayOf,
	factOf,
	hoursForFigures,
	nextResponseOf,
	type TicketFact,
	type TicketState
} from './report-facts';
import type { Database, TicketStatus } from './schema';

/** A status as report_tickets keeps it: its place in this list. */
export const STATUS_CODES: readonly TicketStatus[] = ['new', 'open', 'pending', 'solved', 'closed'];

/** Facts as report_tickets keeps them: what they are grouped by as codes (report-codes.ts). */
export async function storedFacts(trx: DB, facts: TicketFact[]) {
	const codes = await codesOf(
		trx,
		facts.flatMap((f) => [f.locale, f.team_id, f.assignee_id, f.category, f.article_id])
	);
	const code = (value: string | null) => (value === null ? null : codes.get(value)!);
	return facts.map((f) =>
		packed({
			...f,
			locale: code(f.locale)!,
			team_id: code(f.team_id),
			assignee_id: code(f.assignee_id),
			category: code(f.category),
			article_id: code(f.article_id),
			status: STATUS_CODES.indexOf(f.status)
		})
	);
}

type Stored = Omit<Database['report_tickets'], 'packed'>;

/**
 * A stored fact with its numbers as the summary reads them (db/reports.ts ticketFacts): the codes, and the times
 * after creation as differences, which are shorter; an empty place for none.
 */
export function packed<T extends Stored>(f: T): T & { packed: string } {
	const after = (at: number | null) => (at === null ? '' : Number(at) - Number(f.created_at));
	const text = [
		f.created_at,
		f.locale,
		f.team_id ?? '',
		f.assignee_id ?? '',
		f.category ?? '',
		f.article_id ?? '',
		f.status,
		f.reopen_count,
		f.agent_replies,
		after(f.first_response_at),
		after(f.first_due_at),
		after(f.solved_at),
		f.first_response_ms ?? '',
		f.resolution_ms ?? ''
	].join(',');
	return { ...f, packed: text };
}

/**
 * A new ticket's fact as stored: neither answered nor solved yet, so no times and no service hours to read. Its
 * values need codes; one new to the database is numbered in `trx` (which must then be a transaction).
 */
export async function newTicketFact(trx: DB, t: TicketState) {
	return (await storedFacts(trx, [factOf(t)]))[0]!;
}

/** Whether every value of a new ticket's fact already has a code this process knows (newTicketFact asks none). */
export const factCodesKnown = (db: DB, t: TicketState) =>
	codesKnown(db, [t.locale, t.team_id, t.assignee_id, t.category, t.article_id]);

export async function recordNewTicket(trx: DB, t: TicketState): Promise<void> {
	await trx
		.insertInto('report_tickets')
		.values(await newTicketFact(trx, t))
		.execute();
}

/**
 * A ticket's fact after a change (`t`: the ticket as it is now), inside the change's transaction and before its
 * event is stored: its times computed again when the change set them, its next responses moved with it to its
 * new team, and the next response this change records (`reply`) counted.
 */
export async function recordTicketChange(
	trx: DB,
	t: TicketState,
	timesChanged: boolean,
	reply: { onTime: boolean } | null,
	now: number
): Promise<void> {
	const before = await trx
		.selectFrom('report_tickets')
		.select(['team_id', 'first_response_ms', 'resolution_ms'])
		.where('ticket_id', '=', t.id)
		.executeTakeFirst();
	const [row] = await storedFacts(trx, [factOf(t)]);
	const moved = before !== undefined && before.team_id !== row!.team_id;
	const timed = t.first_response_at !== null || t.solved_at !== null;
	const recompute = timesChanged || (!before && timed);
	const settings = recompute || moved || reply ? await hoursForFigures(trx) : undefined;
	const fact = packed({ ...row!, ...(recompute ? times(t, settings!) : before && kept(before)) });
	if (moved) {
		const from =
			before.team_id === null ? null : (await valuesOf(trx, [before.team_id])).get(before.team_id)!;
		await moveReplies(trx, t, from, settings!.timeZone);
	}
	const { ticket_id, ...rest } = fact;
	await trx
		.insertInto('report_tickets')
		.values({ ticket_id, ...rest })
		.onConflict((oc) => oc.column('ticket_id').doUpdateSet(rest))
		.execute();
	if (reply)
		await addReplyCounts(trx, [
			{
				day: dayOf(now, settings!.timeZone),
				locale: t.locale,
				team_id: t.team_id,
				measured: 1,
				on_time: reply.onTime ? 1 : 0
			}
		]);
}

const times = (t: TicketState, settings: Parameters<typeof factOf>[1]) => {
	const f = factOf(t, settings);
	return { first_response_ms: f.first_response_ms, resolution_ms: f.resolution_ms };
};
const kept = (r: { first_response_ms: number | null; resolution_ms: number | null }) => ({
	first_response_ms: r.first_response_ms === null ? null : Number(r.first_response_ms),
	resolution_ms: r.resolution_ms === null ? null : Number(r.resolution_ms)
});

/** The next responses of a ticket that changed team, taken from the old team's counts to the new one's. */
async function moveReplies(trx: DB, t: TicketState, from: string | null, timeZone: string) {
	const events = await trx
		.selectFrom('ticket_events')
		.select(['data', 'created_at'])
		.where('ticket_id', '=', t.id)
		.where('kind', '=', 'reply')
		.execute();
	const counts = events.flatMap((e) => {
		const next = nextResponseOf(e.data);
		if (!next) return [];
		const day = dayOf(Number(e.created_at), timeZone);
		return [{ day, locale: t.locale, team_id: from, measured: 1, on_time: next.onTime ? 1 : 0 }];
	});
	if (!counts.length) return;
	await addReplyCounts(trx, counts, -1);
	await addReplyCounts(
		trx,
		counts.map((c) => ({ ...c, team_id: t.team_id }))
	);
}

/** A survey's answers as they were and are now, in the transaction that saved them: the counts follow. */
export async function recordAnswers(
	trx: DB,
	before: Parameters<typeof answerCountsOf>[0],
	after: Parameters<typeof answerCountsOf>[0]
) {
	if (before.answered_at === null && after.answered_at === null) return;
	const { timeZone } = await hoursForFigures(trx);
	await addAnswerCounts(trx, [
		...answerCountsOf(before, timeZone).map((c) => ({ ...c, n: -1 })),
		...answerCountsOf(after, timeZone)
	]);
}

/** A deleted team's tickets have none now, and their next responses count under none. */
export async function forgetTeam(trx: DB, teamId: string): Promise<void> {
	const code = await codeOf(trx, teamId);
	const facts =
		code === undefined
			? []
			: await trx.selectFrom('report_tickets').selectAll().where('team_id', '=', code).execute();
	for (const f of facts) {
		const { packed: text } = packed({ ...f, team_id: null });
		await trx
			.updateTable('report_tickets')
			.set({ team_id: null, packed: text })
			.where('ticket_id', '=', f.ticket_id)
			.execute();
	}
	const moved = await trx
		.selectFrom('report_replies')
		.selectAll()
		.where('team_id', '=', teamId)
		.execute();
	await trx.deleteFrom('report_replies').where('team_id', '=', teamId).execute();
	await addReplyCounts(
		trx,
		moved.map((r) => ({
			...r,
			team_id: null,
			measured: Number(r.measured),
			on_time: Number(r.on_time)
		}))
	);
}
