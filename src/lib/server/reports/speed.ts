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

/** n, median and 90th percentile of values it may reorder (percentilesInPlace: selection, not a sort). */
function spread(values: Float64Array) {
	const [median, p90] = percentilesInPlace(values, [50, 90]);
	return { n: values.length, median: round(median!, 1), p90: round(p90!, 1) };
}

/** What speedFigures counts of a set of tickets, as it goes; its times are kept apart (speedByGroup). */
interface Tally {
	tickets: number;
	solvedNow: number;
	onTime: number;
	measured: number;
	everSolved: number;
	reopened: number;
	oneTouch: number;
	/** how many have a first response (and a time to it) */
	answered: number;
}

const emptyTally = (): Tally => ({
	tickets: 0,
	solvedNow: 0,
	onTime: 0,
	measured: 0,
	everSolved: 0,
	reopened: 0,
	oneTouch: 0,
	answered: 0
});

/** What one ticket adds to each tally it is in, worked out once for all of them (speedByGroup). */
interface Contribution {
	answered: number;
	measured: number;
	onTime: number;
	everSolved: number;
	reopened: number;
	solvedNow: number;
	oneTouch: number;
}

/** Fill `c` with what one ticket adds: one object filled anew for each ticket of a month, not one made for each. */
function contribute(c: Contribution, row: SpeedRow, answered: boolean, now: number) {
	const firstAt = row.first_response_at === null ? null : Number(row.first_response_at);
	const due = row.first_due_at === null ? null : Number(row.first_due_at);
	const solvedNow = row.status === 'solved' || row.status === 'closed';
	const everSolved = row.solved_at !== null;
	c.answered = answered ? 1 : 0;
	// within target: answered by the due time; unanswered and past it counts against; the rest is open
	c.measured = due !== null && (firstAt !== null || now > due) ? 1 : 0;
	c.onTime = due !== null && firstAt !== null && firstAt <= due ? 1 : 0;
	c.everSolved = everSolved ? 1 : 0;
	c.reopened = everSolved && Number(row.reopen_count) > 0 ? 1 : 0;
	c.solvedNow = solvedNow ? 1 : 0;
	c.oneTouch =
		solvedNow && Number(row.agent_replies) === 1 && Number(row.reopen_count) === 0 ? 1 : 0;
}

function add(t: Tally, c: Contribution) {
	t.tickets++;
	t.answered += c.answered;
	t.measured += c.measured;
	t.onTime += c.onTime;
	t.everSolved += c.everSolved;
	t.reopened += c.reopened;
	t.solvedNow += c.solvedNow;
	t.oneTouch += c.oneTouch;
}

function figuresOf(t: Tally, firsts: Float64Array, resolutions: Float64Array): SpeedFigures {
	return {
		tickets: t.tickets,
		solved: t.solvedNow,
		firstResponse: spread(firsts),
		resolution: spread(resolutions),
		withinSla: rate(t.onTime, t.measured),
		reopenRate: rate(t.reopened, t.everSolved),
		oneTouchRate: rate(t.oneTouch, t.solvedNow)
	};
}

/** Response and resolution times in business minutes, SLA share, reopen and one-touch rates. */
export function speedFigures(rows: SpeedRow[], hours: ServiceHours, now: number): SpeedFigures {
	return (
		speedByGroup(rows, [() => ''], hours, now)[0]!.get('') ??
		figuresOf(emptyTally(), new Float64Array(0), new Float64Array(0))
	);
}

/**
 * A grouping by a small whole number per ticket (0 and up: a code the rows were read with, say) that stands for
 * the key `key` gives it, each number for a key of its own: a month's tickets are looked up in a list by number
 * rather than in a map by text. `index` is the row's place in the rows.
 */
export interface NumberedGrouping<R> {
	number(row: R, index: number): number;
	key(number: number): string;
}

/** A ticket's group in a grouping: its key, or a number standing for one. */
export type Grouping<R> = ((row: R) => string) | NumberedGrouping<R>;

/** A grouping by key as one by number: its keys numbered as they come. */
function numbered<R>(keyOf: (row: R) => string): NumberedGrouping<R> {
	const numbers = new Map<string, number>();
	const keys: string[] = [];
	return {
		number(row) {
			const key = keyOf(row);
			let number = numbers.get(key);
			if (number === undefined) numbers.set(key, (number = keys.push(key) - 1));
			return number;
		},
		key: (number) => keys[number]!
	};
}

/**
 * speedFigures of each group of each grouping, in one pass over the tickets: a month of tens of thousands is
 * grouped six ways for the breakdowns, so each ticket's times are worked out once and counted into every group
 * it is in. Its times go into one list and each grouping's group numbers into another; then, grouping by
 * grouping, the times are laid out group after group and each group's median and 90th percentile selected there.
 * `alsoVisit` sees each row too, for counting something else in the same pass.
 */
export function speedByGroup<R extends SpeedRow>(
	rows: { forEach(visit: (row: R, index: number) => void): void; size?: number },
	groupings: Grouping<R>[],
	hours: ServiceHours,
	now: number,
	alsoVisit?: (row: R) => void
): Map<string, SpeedFigures>[] {
	const byNumber = groupings.map((g) => (typeof g === 'function' ? numbered(g) : g));
	const width = byNumber.length;
	const tallies = byNumber.map(() => [] as (Tally | undefined)[]);
	// as long as the rows say they are, if they do
	const room = Math.max(16, rows.size ?? 1024);
	let firsts = new Float64Array(room);
	let resolutions = new Float64Array(room);
	let groups = new Int32Array(room * width);
	let n = 0;
	const c = {} as Contribution;
	rows.forEach((row, index) => {
		if (n === firsts.length) {
			firsts = grown(firsts);
			resolutions = grown(resolutions);
			groups = grown(groups);
		}
		const first = minutes(row, row.first_response_at, row.first_response_ms, hours);
		const resolution = minutes(row, row.solved_at, row.resolution_ms, hours);
		contribute(c, row, first !== null, now);
		// none is NaN; a solved ticket's missing time counts as 0, as a list of numbers made it
		firsts[n] = first === null ? NaN : first;
		resolutions[n] = c.everSolved ? (resolution ?? 0) : NaN;
		for (let g = 0; g < width; g++) {
			const number = byNumber[g]!.number(row, index);
			groups[n * width + g] = number;
			add((tallies[g]![number] ??= emptyTally()), c);
		}
		n++;
		alsoVisit?.(row);
	});
	return byNumber.map((grouping, g) =>
		figuresByGroup(
			tallies[g]!,
			(i) => groups[i * width + g]!,
			{ firsts: firsts.subarray(0, n), resolutions: resolutions.subarray(0, n) },
			grouping.key
		)
	);
}

/** The list twice as long, what it holds kept. */
function grown<T extends Float64Array | Int32Array>(list: T): T {
	const more = new (list.constructor as new (length: number) => T)(list.length * 2);
	more.set(list);
	return more;
}

/**
 * Each group's figures: its tally, and its times (NaN for none) laid out group after group, so that each
 * group's median and 90th percentile are selected in a list of its own.
 */
function figuresByGroup(
	tallies: (Tally | undefined)[],
	groupOf: (ticket: number) => number,
	times: { firsts: Float64Array; resolutions: Float64Array },
	keyOf: (number: number) => string
): Map<string, SpeedFigures> {
	// where each group's times go next: its place after the groups before it, moved on as they are laid out
	const nextFirst: number[] = [];
	const nextResolution: number[] = [];
	let firsts = 0;
	let resolutions = 0;
	tallies.forEach((t, number) => {
		nextFirst[number] = firsts;
		firsts += t!.answered;
		nextResolution[number] = resolutions;
		resolutions += t!.everSolved;
	});
	const laidFirsts = new Float64Array(firsts);
	const laidResolutions = new Float64Array(resolutions);
	for (let i = 0; i < times.firsts.length; i++) {
		const number = groupOf(i);
		const first = times.firsts[i]!;
		if (first === first) laidFirsts[nextFirst[number]!++] = first;
		const resolution = times.resolutions[i]!;
		if (resolution === resolution) laidResolutions[nextResolution[number]!++] = resolution;
	}
	// each group's times end where its cursor stopped
	const figures = new Map<string, SpeedFigures>();
	tallies.forEach((t, number) => {
		const first = nextFirst[number]!;
		const resolution = nextResolution[number]!;
		figures.set(
			keyOf(number),
			figuresOf(
				t!,
				laidFirsts.subarray(first - t!.answered, first),
				laidResolutions.subarray(resolution - t!.everSolved, resolution)
			)
		);
	});
	return figures;
}
