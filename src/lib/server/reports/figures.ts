/**
 * The figures of the service reports (customer surveys, response times), defined once so that every
 * page, export and API answer computes them the same way. Pure functions: no I/O, inputs never mutated.
 */

/** A figure with the number of answers it rests on, so readers can judge how far to trust it. */
export interface Figure {
	n: number;
	value: number | null;
	ci: [number, number] | null;
}

/** Two-sided 95%: the normal quantile. */
const Z = 1.959963984540054;

/** 0.975 quantiles of Student's t for df 1..30 (checked against scipy.stats.t.ppf). */
const T_975 = [
	12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788,
	2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639,
	2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423
];

/** Bad rows (NaN, ±Infinity from a failed parse) must not poison a whole report. */
function finite(values: readonly number[]): number[] {
	return values.filter((v) => Number.isFinite(v));
}

function clamp(x: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, x));
}

/** Wilson rather than p ± z·se: it stays inside 0..1 and is honest at small n and at 0% or 100%. */
function wilson(count: number, n: number): [number, number] {
	const p = count / n;
	const z2 = Z * Z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	// At 0% and 100% the bound is exactly 0 or 1; floating point would give 0.9999999999999999.
	return [
		count === 0 ? 0 : clamp(centre - half, 0, 1),
		count === n ? 1 : clamp(centre + half, 0, 1)
	];
}

/**
 * NPS from 0–10 answers: (count 9–10 − count 0–6) / n × 100, in −100..100; value null when n = 0.
 * ci: 95% interval from the normal approximation of the promoter/detractor trinomial variance, clamped
 * to [−100, 100], null when n = 0. Also returns promoters/passives/detractors counts. Answers outside
 * 0..10 are not answers to the question and are ignored like non-finite ones.
 */
export function nps(
	scores: number[]
): Figure & { promoters: number; passives: number; detractors: number } {
	return npsOfRuns(ones(scores));
}

/**
 * Answers as runs: each value with how many gave it. The reports keep survey answers as counts, so the figures
 * below take runs, and take a list of answers as runs of one: the same arithmetic, step for step.
 */
export type Runs = readonly (readonly [value: number, count: number])[];
const ones = (values: number[]): Runs => values.map((v) => [v, 1] as const);
const finiteRuns = (runs: Runs) => runs.filter(([v]) => Number.isFinite(v));

/** nps() of answers given as runs. */
export function npsOfRuns(
	runs: Runs
): Figure & { promoters: number; passives: number; detractors: number } {
	let promoters = 0;
	let passives = 0;
	let detractors = 0;
	for (const [s, count] of finiteRuns(runs)) {
		if (s < 0 || s > 10) continue;
		if (s >= 9) promoters += count;
		else if (s <= 6) detractors += count;
		else passives += count;
	}
	const n = promoters + passives + detractors;
	if (n === 0) return { n, value: null, ci: null, promoters, passives, detractors };
	const pP = promoters / n;
	const pD = detractors / n;
	const value = (pP - pD) * 100;
	// Var(pP − pD) for one trinomial draw is pP + pD − (pP − pD)²; divided by n for the mean.
	const se = Math.sqrt(Math.max(0, pP + pD - (pP - pD) ** 2) / n) * 100;
	const ci: [number, number] = [clamp(value - Z * se, -100, 100), clamp(value + Z * se, -100, 100)];
	return { n, value, ci, promoters, passives, detractors };
}

/** Share (0..1) of answers that satisfy `good`, e.g. CSAT 4–5 of 1–5; 95% Wilson score interval. */
export function share(values: number[], good: (v: number) => boolean): Figure {
	return shareOfRuns(ones(values), good);
}

/** share() of answers given as runs. */
export function shareOfRuns(runs: Runs, good: (v: number) => boolean): Figure {
	let yes = 0;
	let n = 0;
	for (const [v, count] of finiteRuns(runs)) {
		n += count;
		if (good(v)) yes += count;
	}
	return rate(yes, n);
}

/** Two-sided 95% t quantile; beyond df 30 the normal value, as the report definitions specify. */
function t975(df: number): number {
	return T_975[df - 1] ?? 1.96;
}

/**
 * Arithmetic mean with a 95% Student-t interval (table for df 1..30, 1.96 beyond); ci null when
 * n < 2, since one answer says nothing about spread.
 */
export function mean(values: number[]): Figure {
	return meanOfRuns(ones(values));
}

/** mean() of answers given as runs: the same sums, in the same order, as of the answers one by one. */
export function meanOfRuns(runs: Runs): Figure {
	const kept = finiteRuns(runs);
	const each = (visit: (v: number) => void) => {
		for (const [v, count] of kept) for (let i = 0; i < count; i++) visit(v);
	};
	const n = kept.reduce((sum, [, count]) => sum + count, 0);
	if (n === 0) return { n, value: null, ci: null };
	let sum = 0;
	each((v) => (sum += v));
	const value = sum / n;
	if (n < 2) return { n, value, ci: null };
	// Two passes (sum of squared deviations) rather than Σx² − n·x̄², which cancels badly.
	let squares = 0;
	each((v) => (squares += (v - value) ** 2));
	const variance = squares / (n - 1);
	const half = t975(n - 1) * Math.sqrt(variance / n);
	return { n, value, ci: [value - half, value + half] };
}

/**
 * Linear-interpolation percentile (like numpy default / Excel PERCENTILE.INC), p in 0..100; null for
 * empty input. A p outside 0..100 is a programming error, so it throws.
 */
export function percentile(values: number[], p: number): number | null {
	if (!Number.isFinite(p) || p < 0 || p > 100) {
		throw new RangeError(`percentile: p must be in 0..100, got ${p}`);
	}
	const sorted = finite(values).sort((a, b) => a - b);
	const n = sorted.length;
	if (n === 0) return null;
	const rank = (p / 100) * (n - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	const a = sorted[lo] as number;
	const b = sorted[hi] as number;
	return a + (b - a) * (rank - lo);
}

/**
 * percentile() at several p at once, each order statistic found by selection in linear time rather than by a
 * sort: the same numbers, for lists the reports hold tens of thousands of. The values must be finite; they are
 * reordered.
 */
export function percentilesInPlace(values: Float64Array, ps: number[]): (number | null)[] {
	const n = values.length;
	return ps.map((p) => {
		if (!Number.isFinite(p) || p < 0 || p > 100) {
			throw new RangeError(`percentile: p must be in 0..100, got ${p}`);
		}
		if (n === 0) return null;
		const rank = (p / 100) * (n - 1);
		const lo = Math.floor(rank);
		const hi = Math.ceil(rank);
		const a = select(values, lo);
		const b = hi === lo ? a : select(values, hi);
		return a + (b - a) * (rank - lo);
	});
}

/** The k-th smallest (from 0) of the values, partitioning them three ways, so runs of equal values cost nothing. */
function select(a: Float64Array, k: number): number {
	let lo = 0;
	let hi = a.length - 1;
	while (lo < hi) {
		const x = a[lo]!;
		const y = a[(lo + hi) >> 1]!;
		const z = a[hi]!;
		const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
		let lt = lo;
		let i = lo;
		let gt = hi;
		while (i <= gt) {
			const v = a[i]!;
			if (v < pivot) {
				a[i++] = a[lt]!;
				a[lt++] = v;
			} else if (v > pivot) {
				a[i] = a[gt]!;
				a[gt--] = v;
			} else i++;
		}
		if (k < lt) hi = lt - 1;
		else if (k > gt) lo = gt + 1;
		else return pivot;
	}
	return a[k]!;
}

/**
 * The share of events that hold: count / n with Wilson interval (for rates such as reopen rate,
 * within-SLA share). Counts that cannot be counts are caller bugs and throw.
 */
export function rate(count: number, n: number): Figure {
	if (!Number.isInteger(n) || !Number.isInteger(count) || n < 0 || count < 0 || count > n) {
		throw new RangeError(`rate: need integers 0 <= count <= n, got ${count}/${n}`);
	}
	if (n === 0) return { n, value: null, ci: null };
	return { n, value: count / n, ci: wilson(count, n) };
}

/**
 * Round for display/JSON: to `digits` decimals (half away from zero), keeping null; avoid -0. Shifts
 * the decimal point in the exponent so 1.005 rounds to 1.01 (plain x·100 would give 100.49999…).
 * Non-finite values become null, as JSON cannot carry them.
 */
export function round(value: number | null, digits = 2): number | null {
	if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
		throw new RangeError(`round: digits must be an integer in 0..15, got ${digits}`);
	}
	if (value === null || !Number.isFinite(value)) return null;
	const shift = (x: number, by: number): number => {
		const [mantissa, exponent] = x.toExponential().split('e');
		return Number(`${mantissa}e${Number(exponent) + by}`);
	};
	const rounded = shift(Math.round(shift(Math.abs(value), digits)), -digits) * Math.sign(value);
	return rounded === 0 ? 0 : rounded;
}

/** Whether a figure's n is small enough that the UI should show its interval (n < 30). */
export function isSmall(f: Pick<Figure, 'n'>): boolean {
	return f.n < 30;
}
