// How fast the team answers and solves: response and resolution times in business minutes (their medians and
// 90th percentiles), the share answered within target, reopen and one-touch rates, for a set of tickets.
import { businessMinutesBetween, type ServiceHours } from '$lib/service-hours/business-hours';
import type { TicketFact } from '../db/report-facts';
import { percentile, rate, round, type Figure } from './figures';

const MINUTE = 60_000;
const DAY = 24 * 60 * 60 * 1000;

/** ISO week of a local date, e.g. 2026-W48. */
export function isoWeek(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	const weekday = d.getUTCDay() || 7;
	d.setUTCDate(d.getUTCDate() + 4 - weekday);
	const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
	const week = Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
	return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * What the figures read of a ticket. Its times in business milliseconds come with it from the running figures
 * (db/report-facts); without them they are computed here under the hours given, to the same number.
 */
export type SpeedRow = Pick<
	TicketFact,
	| 'status'
	| 'created_at'
	| 'first_response_at'
	| 'first_due_at'
	| 'solved_at'
	| 'reopen_count'
	| 'agent_replies'
> &
	Partial<Pick<TicketFact, 'first_response_ms' | 'resolution_ms'>>;

export interface SpeedFigures {
	tickets: number;
	solved: number;
	firstResponse: { n: number; median: number | null; p90: number | null };
	resolution: { n: number; median: number | null; p90: number | null };
	withinSla: Figure;
	reopenRate: Figure;
	oneTouchRate: Figure;
}

/** Business minutes from the ticket's creation to `at`, or to when `ms` says. */
function minutes(
	t: SpeedRow,
	at: number | null,
	ms: number | null | undefined,
	hours: ServiceHours
) {
	if (at === null) return null;
	return ms === undefined
		? businessMinutesBetween(Number(t.created_at), Number(at), hours)
		: ms === null
			? null
			: ms / MINUTE;
}

/** n, median and 90th percentile, the values sorted once (typed, which is much faster) for both. */
function spread(values: number[]) {
	const sorted = Array.from(Float64Array.from(values).sort());
	return {
		n: values.length,
		median: round(percentile(sorted, 50), 1),
		p90: round(percentile(sorted, 90), 1)
	};
}

/** Response and resolution times in business minutes, SLA share, reopen and one-touch rates. */
export function speedFigures(rows: SpeedRow[], hours: ServiceHours, now: number): SpeedFigures {
	const firsts: number[] = [];
	const resolutions: number[] = [];
	let onTime = 0;
	let measured = 0;
	let everSolved = 0;
	let reopened = 0;
	let solvedNow = 0;
	let oneTouch = 0;
	for (const t of rows) {
		const first = t.first_response_at === null ? null : Number(t.first_response_at);
		const due = t.first_due_at === null ? null : Number(t.first_due_at);
		const firstMinutes = minutes(t, first, t.first_response_ms, hours);
		if (firstMinutes !== null) firsts.push(firstMinutes);
		// within target: answered by the due time; unanswered and past it counts against; the rest is open
		if (due !== null) {
			if (first !== null) {
				measured++;
				if (first <= due) onTime++;
			} else if (now > due) measured++;
		}
		if (t.solved_at !== null) {
			everSolved++;
			resolutions.push(minutes(t, Number(t.solved_at), t.resolution_ms, hours)!);
			if (Number(t.reopen_count) > 0) reopened++;
		}
		if (t.status === 'solved' || t.status === 'closed') {
			solvedNow++;
			if (Number(t.agent_replies) === 1 && Number(t.reopen_count) === 0) oneTouch++;
		}
	}
	return {
		tickets: rows.length,
		solved: solvedNow,
		firstResponse: spread(firsts),
		resolution: spread(resolutions),
		withinSla: rate(onTime, measured),
		reopenRate: rate(reopened, everSolved),
		oneTouchRate: rate(oneTouch, solvedNow)
	};
}
