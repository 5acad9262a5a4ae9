import { describe, expect, it } from 'vitest';
import { linear, niceTicks, numberFormat, thin, uniqueKeys } from './chart-scale';

describe('niceTicks', () => {
	it('covers 0..87 in steps of 20', () => {
		// 87 / 5 = 17.4 → next nice step 20 → ceil(87 / 20) = 5 intervals.
		expect(niceTicks(0, 87)).toEqual([0, 20, 40, 60, 80, 100]);
	});

	it('covers the NPS range with 0 and both ends', () => {
		// 200 / 5 = 40 → 50.
		const ticks = niceTicks(-100, 100);
		expect(ticks).toEqual([-100, -50, 0, 50, 100]);
	});

	it('makes an all-zero domain 0..1 instead of dividing by zero', () => {
		// 1 / 5 = 0.2, and 3 × 0.2 must print as 0.6, not 0.6000000000000001.
		expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});

	it('always includes the 0 baseline', () => {
		// A single positive value: domain 0..3, 3 / 5 = 0.6 → 1.
		expect(niceTicks(3, 3)).toEqual([0, 1, 2, 3]);
		// Only negative values: domain −37..0, 7.4 → 10.
		expect(niceTicks(-37, -5)).toEqual([-40, -30, -20, -10, 0]);
		// A positive minimum does not cut the axis.
		expect(niceTicks(40, 50)[0]).toBe(0);
	});

	it('keeps to at most count intervals', () => {
		// 87 / 4 = 21.75 → 50: only 3 ticks, but 20 would need 5 intervals.
		expect(niceTicks(0, 87, 4)).toEqual([0, 50, 100]);
		// −1..99 with step 20 would need 6 intervals (−20..100), so the step grows to 50.
		expect(niceTicks(-1, 99)).toEqual([-50, 0, 50, 100]);
		for (const [lo, hi] of [
			[0, 1],
			[-3, 7],
			[0, 999],
			[-0.4, 0.07],
			[12345, 67890]
		] as const) {
			const ticks = niceTicks(lo, hi, 4);
			expect(ticks.length).toBeGreaterThanOrEqual(3);
			expect(ticks.length).toBeLessThanOrEqual(5);
			expect(ticks[0]).toBeLessThanOrEqual(Math.min(lo, 0));
			expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(hi, 0));
			expect(ticks).toContain(0);
		}
	});

	it('handles swapped and non-finite bounds', () => {
		expect(niceTicks(87, 0)).toEqual([0, 20, 40, 60, 80, 100]);
		expect(niceTicks(Number.NaN, Number.POSITIVE_INFINITY)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});

	it('never prints −0', () => {
		expect(Object.is(niceTicks(-100, 100)[2], 0)).toBe(true);
	});

	it('terminates for a count below 2', () => {
		// One interval cannot hold −1..1 with a tick at 0; count is raised to 2.
		expect(niceTicks(-1, 1, 1)).toEqual([-1, 0, 1]);
	});
});

describe('thin', () => {
	it('keeps every label when they fit', () => {
		expect(thin(['a', 'b', 'c'], 3)).toEqual([true, true, true]);
		expect(thin(['a', 'b', 'c'], 10)).toEqual([true, true, true]);
	});

	it('thins 52 weeks to 13 labels, keeping the first', () => {
		const weeks = Array.from({ length: 52 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
		const shown = thin(weeks, 13);
		expect(shown).toHaveLength(52);
		expect(shown[0]).toBe(true);
		// k = ceil(52 / 13) = 4: indexes 0, 4, …, 48.
		expect(shown.filter(Boolean)).toHaveLength(13);
		expect(shown.slice(0, 5)).toEqual([true, false, false, false, true]);
	});

	it('never shows more than asked', () => {
		const labels = Array.from({ length: 52 }, (_, i) => String(i));
		for (const max of [1, 5, 12, 25, 51]) {
			const shown = thin(labels, max);
			expect(shown.filter(Boolean).length).toBeLessThanOrEqual(max);
			expect(shown[0]).toBe(true);
		}
	});

	it('shows at least the first label for a zero or fractional budget', () => {
		expect(thin(['a', 'b', 'c'], 0)).toEqual([true, false, false]);
		expect(thin(['a', 'b', 'c', 'd'], 2.9)).toEqual([true, false, true, false]);
		expect(thin([], 5)).toEqual([]);
	});
});

describe('uniqueKeys', () => {
	it('keeps distinct labels and numbers repeats', () => {
		expect(uniqueKeys(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a#2', 'a#3']);
	});
});

describe('numberFormat', () => {
	it('formats with at most one decimal in the given locale', () => {
		expect(numberFormat('en').format(12.345)).toBe('12.3');
		expect(numberFormat('nb').format(12.345)).toBe('12,3');
		expect(numberFormat('en').format(1234)).toBe('1,234');
	});

	it('falls back to en for a malformed locale', () => {
		expect(numberFormat('not a locale!').format(1.25)).toBe('1.3');
	});
});

describe('linear', () => {
	it('maps the domain onto the range, inverted for SVG y', () => {
		const y = linear(-100, 100, 160, 10);
		expect(y(-100)).toBe(160);
		expect(y(100)).toBe(10);
		expect(y(0)).toBe(85);
	});
});
