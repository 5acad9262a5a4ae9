// The reports' running figures (report-facts.ts) derived from scratch: from every ticket, answered survey and
// reply event. Migration 0013 stores them so for the data it finds, a change of the service hours stores them
// again (their times and days depend on the hours), and so does the bench after writing history in bulk.
import type { ServiceSettings } from '$lib/service-hours/sla';
import type { DB } from './index';
import {
	addAnswerCounts,
	addReplyCounts,
	answerCountsOf,
	dayOf,
	FACT_COLUMNS,
	factOf,
	nextResponseOf,
	QUESTIONS,
	type AnswerCount,
	type ReplyCount,
	type TicketFact
} from './report-facts';
import { storedFacts } from './report-changes';
import { readServiceSettings } from './settings';

export interface ComputedFacts {
	tickets: TicketFact[];
	answers: AnswerCount[];
	replies: ReplyCount[];
}

/** Every figure as the raw rows give it under `settings` (counts of one, not yet added up). */
export async function computeReportFacts(
	db: DB,
	settings: ServiceSettings
): Promise<ComputedFacts> {
	const tickets = await db.selectFrom('tickets').select(FACT_COLUMNS).execute();
	const surveys = await db
		.selectFrom('surveys')
		.select(['answered_at', 'locale', 'team_id', 'assignee_id', 'category', ...QUESTIONS])
		.where('answered_at', 'is not', null)
		.execute();
	const replies = await db
		.selectFrom('ticket_events as e')
		.innerJoin('tickets as t', 't.id', 'e.ticket_id')
		.select(['e.data', 'e.created_at', 't.locale', 't.team_id'])
		.where('e.kind', '=', 'reply')
		.execute();
	return {
		tickets: tickets.map((t) => factOf(t, settings)),
		answers: surveys.flatMap((s) => answerCountsOf(s, settings.timeZone)),
		replies: replies.flatMap((r) => {
			const next = nextResponseOf(r.data);
			if (!next) return [];
			const day = dayOf(Number(r.created_at), settings.timeZone);
			return [
				{ day, locale: r.locale, team_id: r.team_id, measured: 1, on_time: next.onTime ? 1 : 0 }
			];
		})
	};
}

/** Replace the stored figures with those computed from scratch (in a transaction of its own unless in one). */
export async function rebuildReportFacts(db: DB, settings?: ServiceSettings): Promise<void> {
	const rebuild = async (trx: DB) => {
		const computed = await computeReportFacts(trx, settings ?? (await readServiceSettings(trx)));
		await trx.deleteFrom('report_tickets').execute();
		await trx.deleteFrom('report_answers').execute();
		await trx.deleteFrom('report_replies').execute();
		const stored = await storedFacts(trx, computed.tickets);
		for (let i = 0; i < stored.length; i += 200)
			await trx
				.insertInto('report_tickets')
				.values(stored.slice(i, i + 200))
				.execute();
		await addAnswerCounts(trx, computed.answers);
		await addReplyCounts(trx, computed.replies);
	};
	if (db.isTransaction) await rebuild(db);
	else await db.transaction().execute(rebuild);
}
