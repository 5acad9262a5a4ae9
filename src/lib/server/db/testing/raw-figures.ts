// Test support, never imported by the app: the reports' figures computed from the raw rows at the moment they are
// asked for (the tickets, answered surveys and reply events themselves), to compare with the running figures
// kept as things changed (report-facts.ts). The summary reads either through the same ReportSource.
import type { ServiceSettings } from '$lib/service-hours/sla';
import type { DB } from '../index';
import { answerTotalsOf, type DayRange, type Range, type ReportSource } from '../reports';
import { computeReportFacts } from '../report-rebuild';

/** Whether a row of a team and language is in what a range names (all teams and languages when it names none). */
const named = (
	r: { locale?: string; teamId?: string },
	row: { locale: string; team_id: string | null }
) => (!r.locale || row.locale === r.locale) && (!r.teamId || row.team_id === r.teamId);
const inDays = (d: DayRange, row: { day: string; locale: string; team_id: string | null }) =>
	row.day >= d.from && row.day <= d.to && named(d, row);

export function rawFigures(settings: ServiceSettings): ReportSource {
	const computed = (db: DB) => computeReportFacts(db, settings);
	return {
		tickets: async (db: DB, r: Range) =>
			(await computed(db)).tickets.filter(
				(t) => t.created_at >= r.start && t.created_at < r.end && named(r, t)
			),
		answers: async (db: DB, d: DayRange) =>
			answerTotalsOf((await computed(db)).answers.filter((a) => inDays(d, a))),
		replies: async (db: DB, d: DayRange) => {
			const replies = (await computed(db)).replies.filter((x) => inDays(d, x));
			return {
				measured: replies.reduce((sum, x) => sum + x.measured, 0),
				onTime: replies.reduce((sum, x) => sum + x.on_time, 0)
			};
		}
	};
}
