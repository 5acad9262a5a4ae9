// How fast the team answers and solves: response and resolution times in business minutes (their medians and
// 90th percentiles), the share answered within target, reopen and one-touch rates, for a set of tickets.
import { businessMinutesBetween, type ServiceHours } from '$lib/service-hours/business-hours';
import type { TicketFact } from '../db/report-facts';
import { percentilesInPlace, rate, round, type Figure } from './figures';

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

/** n, median and 90th percentile, the values selected in place (percentilesInPlace: linear, not a sort). */
function spread(values: number[]) {
	const [median, p90] = percentilesInPlace(Float64Array.from(values), [50, 90]);
	return { n: values.length, median: round(median!, 1), p90: round(p90!, 1) };
}

/** What speedFigures counts of a set of tickets, as it goes. */
interface Tally {
	tickets: number;
	solvedNow: number;
	onTime: number;
	measured: number;
	everSolved: number;
	reopened: number;
	oneTouch: number;
	firsts: number[];
	resolutions: number[];
}

const emptyTally = (): Tally => ({
	tickets: 0,
	solvedNow: 0,
	onTime: 0,
	measured: 0,
	everSolved: 0,
	reopened: 0,
	oneTouch: 0,
	firsts: [],
	resolutions: []
});

/**
 * What one ticket adds to each tally it is in, worked out once for all of them: its business minutes to first
 * response and to solved come with it.
 */
function contribution(row: SpeedRow, first: number | null, resolution: number | null, now: number) {
	const firstAt = row.first_response_at === null ? null : Number(row.first_response_at);
	const due = row.first_due_at === null ? null : Number(row.first_due_at);
	const solvedNow = row.status === 'solved' || row.status === 'closed';
	const everSolved = row.solved_at !== null;
	return {
		first,
		resolution,
		// within target: answered by the due time; unanswered and past it counts against; the rest is open
		measured: due !== null && (firstAt !== null || now > due) ? 1 : 0,
		onTime: due !== null && firstAt !== null && firstAt <= due ? 1 : 0,
		everSolved,
		reopened: everSolved && Number(row.reopen_count) > 0 ? 1 : 0,
		solvedNow: solvedNow ? 1 : 0,
		oneTouch: solvedNow && Number(row.agent_replies) === 1 && Number(row.reopen_count) === 0 ? 1 : 0
	};
}

function add(t: Tally, c: ReturnType<typeof contribution>) {
	t.tickets++;
	if (c.first !== null) t.firsts.push(c.first);
	t.measured += c.measured;
	t.onTime += c.onTime;
	if (c.everSolved) {
		t.everSolved++;
		t.resolutions.push(c.resolution!);
		t.reopened += c.reopened;
	}
	t.solvedNow += c.solvedNow;
	t.oneTouch += c.oneTouch;
}

function figuresOf(t: Tally): SpeedFigures {
	return {
		tickets: t.tickets,
		solved: t.solvedNow,
		firstResponse: spread(t.firsts),
		resolution: spread(t.resolutions),
		withinSla: rate(t.onTime, t.measured),
		reopenRate: rate(t.reopened, t.everSolved),
		oneTouchRate: rate(t.oneTouch, t.solvedNow)
	};
}

/** Response and resolution times in business minutes, SLA share, reopen and one-touch rates. */
export function speedFigures(rows: SpeedRow[], hours: ServiceHours, now: number): SpeedFigures {
	return speedByGroup(rows, [() => ''], hours, now)[0]!.get('') ?? figuresOf(emptyTally());
}

/**
 * speedFigures of each group of each grouping (`groupings`: a key per ticket), in one pass over the tickets:
 * a month of tens of thousands is grouped five ways for the breakdowns, so each ticket's times are worked out
 * once and go into every group it is in.
 */
export function speedByGroup<R extends SpeedRow>(
	rows: { forEach(visit: (row: R) => void): void },
	groupings: ((row: R) => string)[],
	hours: ServiceHours,
	now: number
): Map<string, SpeedFigures>[] {
	const tallies = groupings.map(() => new Map<string, Tally>());
	rows.forEach((row) => {
		const first = minutes(row, row.first_response_at, row.first_response_ms, hours);
		const resolution = minutes(row, row.solved_at, row.resolution_ms, hours);
		const c = contribution(row, first, resolution, now);
		for (let g = 0; g < groupings.length; g++) {
			const key = groupings[g]!(row);
			let t = tallies[g]!.get(key);
			if (!t) tallies[g]!.set(key, (t = emptyTally()));
			add(t, c);
		}
	});
	return tallies.map((groups) => new Map([...groups].map(([key, t]) => [key, figuresOf(t)])));
}
