/**
 * Pure helpers behind BarChart.svelte: axis ticks, label thinning, number formatting. Kept apart
 * from the component so they can be unit-tested without rendering and reused by other charts.
 */

/** Steps per decade, as d3 uses: 2.5 would give ticks like 7.5 that read badly for counts. */
const STEPS = [1, 2, 5, 10];

/** Floating point turns 3 × 0.1 into 0.30000000000000004; ticks are shown, so round them back. */
function clean(x: number): number {
	// `|| 0` also turns −0 into 0, which would otherwise print as "-0".
	return Number(x.toPrecision(12)) || 0;
}

/**
 * Round tick values covering min..max for a bar chart: the domain always includes 0 (bars grow from
 * the baseline, and a cut axis exaggerates differences), ends on ticks, and splits into at most
 * `count` intervals (so at most count + 1 values, at least 3 for count ≥ 2). Non-finite inputs
 * count as 0; an all-zero domain becomes 0..1 so the scale never divides by zero.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
	const a = Number.isFinite(min) ? min : 0;
	const b = Number.isFinite(max) ? max : 0;
	const lo = Math.min(a, b, 0);
	let hi = Math.max(a, b, 0);
	if (lo === hi) hi = 1;
	// One interval cannot cover a domain that straddles 0 with a tick at 0, so 2 is the floor.
	const intervals = Number.isFinite(count) ? Math.max(2, Math.floor(count)) : 5;
	const raw = (hi - lo) / intervals;
	let decade = 10 ** Math.floor(Math.log10(raw));
	// Twenty decades is far more than any real domain needs; the bound only rules out a hang.
	for (let d = 0; d < 20; d++, decade *= 10) {
		for (const m of STEPS) {
			const step = m * decade;
			if (step < raw * (1 - 1e-9)) continue;
			const start = Math.floor(lo / step + 1e-9);
			const end = Math.ceil(hi / step - 1e-9);
			if (end - start > intervals) continue;
			const ticks: number[] = [];
			for (let i = start; i <= end; i++) ticks.push(clean(i * step));
			return ticks;
		}
	}
	return [lo, hi];
}

/**
 * Which axis labels to draw when they do not all fit: the first and then every k-th, with k the
 * smallest step that keeps at most maxVisible. Regular spacing reads better than dropping only
 * the colliding ones; the data table still lists every label.
 */
export function thin(labels: readonly string[], maxVisible: number): boolean[] {
	const cap = Number.isFinite(maxVisible) ? Math.max(1, Math.floor(maxVisible)) : 1;
	const k = Math.max(1, Math.ceil(labels.length / cap));
	return labels.map((_, i) => i % k === 0);
}

/**
 * Keys for a keyed {#each}: the labels themselves, with repeats made distinct ("a", "a#2"), since
 * Svelte refuses duplicate keys and a caller may pass the same label twice.
 */
export function uniqueKeys(labels: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return labels.map((label) => {
		const n = (seen.get(label) ?? 0) + 1;
		seen.set(label, n);
		return n === 1 ? label : `${label}#${n}`;
	});
}

/**
 * Intl.NumberFormat with at most one decimal. A malformed locale tag would throw a RangeError and
 * take the whole page down; fall back to a fixed 'en' (not the runtime default, which differs
 * between server and browser and would break hydration).
 */
export function numberFormat(locale: string): Intl.NumberFormat {
	try {
		return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	} catch {
		return new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
	}
}

/** Maps v in [d0, d1] linearly to [r0, r1]; the domain is never empty (niceTicks ensures it). */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	return (v) => r0 + (v - d0) * k;
}
