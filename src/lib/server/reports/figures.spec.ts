import { describe, expect, it } from 'vitest';
import { isSmall, mean, nps, percentile, percentilesInPlace, rate, round, share } from './figures';

describe('nps', () => {
	it('is 100 when everyone promotes and -100 when everyone detracts', () => {
		expect(nps([9, 10, 10]).value).toBe(100);
		expect(nps([0, 3, 6]).value).toBe(-100);
	});

	it('is null with n 0 for no answers', () => {
		expect(nps([])).toEqual({
			n: 0,
			value: null,
			ci: null,
			promoters: 0,
			passives: 0,
			detractors: 0
		});
	});

	it('is 0 for passives only', () => {
		const f = nps([7, 8, 7]);
		expect(f.value).toBe(0);
		expect(f.passives).toBe(3);
		// No promoters or detractors: no variance, so the interval collapses to the value.
		expect(f.ci).toEqual([0, 0]);
	});

	it('counts 9–10 as promoters and 0–6 as detractors', () => {
		// (2 − 2) / 6 = 0; Var = (1/3 + 1/3 − 0) / 6 = 1/9, se 1/3 → ±65.33
		const f = nps([10, 9, 8, 7, 6, 0]);
		expect(f).toMatchObject({ n: 6, promoters: 2, passives: 2, detractors: 2 });
		expect(f.value).toBe(0);
		expect(f.ci?.[0]).toBeCloseTo(-65.33, 2);
		expect(f.ci?.[1]).toBeCloseTo(65.33, 2);
	});

	it('clamps the interval to -100..100', () => {
		// (3 − 1) / 4 = 50; Var = (0.75 + 0.25 − 0.25) / 4 = 0.1875, se 43.30 → 50 ± 84.87
		const f = nps([10, 10, 10, 0]);
		expect(f.value).toBe(50);
		expect(f.ci?.[0]).toBeCloseTo(-34.87, 2);
		expect(f.ci?.[1]).toBe(100);
	});

	it('ignores non-finite and out-of-range answers and does not mutate its input', () => {
		const scores = [NaN, Infinity, 11, -1, 10, 0];
		const f = nps(scores);
		expect(f.n).toBe(2);
		expect(f.value).toBe(0);
		expect(scores).toEqual([NaN, Infinity, 11, -1, 10, 0]);
	});
});

describe('share', () => {
	it('gives the CSAT share of 4–5 answers', () => {
		const f = share([5, 4, 3, 1], (v) => v >= 4);
		expect(f.n).toBe(4);
		expect(f.value).toBe(0.5);
	});

	it('ignores non-finite values and is null when nothing is left', () => {
		expect(share([5, NaN, 1], (v) => v >= 4)).toMatchObject({ n: 2, value: 0.5 });
		expect(share([NaN], (v) => v >= 4)).toEqual({ n: 0, value: null, ci: null });
	});

	it('uses the Wilson interval', () => {
		const f = share([1, 1, 1, 1, 1, 1, 1, 1, 0, 0], (v) => v === 1);
		expect(f.ci?.[0]).toBeCloseTo(0.4902, 3);
		expect(f.ci?.[1]).toBeCloseTo(0.9433, 3);
	});
});

describe('mean', () => {
	it('averages CSAT answers', () => {
		expect(mean([5, 4, 3, 1]).value).toBe(3.25);
	});

	it('has no interval for a single value and no value for none', () => {
		expect(mean([7])).toEqual({ n: 1, value: 7, ci: null });
		expect(mean([])).toEqual({ n: 0, value: null, ci: null });
	});

	it('uses a Student-t interval', () => {
		// mean 3, s = √2.5 = 1.5811, se = 0.7071, t(4) = 2.7764 → 3 ± 1.9632
		const f = mean([1, 2, 3, 4, 5]);
		expect(f.value).toBe(3);
		expect(f.ci?.[0]).toBeCloseTo(1.037, 3);
		expect(f.ci?.[1]).toBeCloseTo(4.963, 3);
	});

	it('uses t(1) = 12.706 for two values and 1.96 beyond df 30', () => {
		// [0, 2]: mean 1, s = √2, se = 1 → 1 ± 12.7062
		expect(mean([0, 2]).ci?.[1]).toBeCloseTo(13.7062, 4);
		// 32 values alternating 0/2: mean 1, s² = 32/31, se = √(1/31) → ± 1.96 · 0.17961
		const many = Array.from({ length: 32 }, (_, i) => (i % 2) * 2);
		expect(mean(many).ci?.[1]).toBeCloseTo(1 + 1.96 * Math.sqrt(1 / 31), 6);
	});

	it('ignores non-finite values', () => {
		expect(mean([NaN, 2, -Infinity, 4])).toMatchObject({ n: 2, value: 3 });
	});
});

describe('percentile', () => {
	const ten = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

	it('interpolates linearly like numpy and PERCENTILE.INC', () => {
		expect(percentile(ten, 50)).toBeCloseTo(5.5, 10);
		expect(percentile(ten, 90)).toBeCloseTo(9.1, 10);
		expect(percentile(ten, 0)).toBe(1);
		expect(percentile(ten, 100)).toBe(10);
	});

	it('does not sort its input in place', () => {
		percentile(ten, 50);
		expect(ten).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
	});

	it('is null for no values and the value itself for one', () => {
		expect(percentile([], 50)).toBeNull();
		expect(percentile([NaN], 50)).toBeNull();
		expect(percentile([4], 90)).toBe(4);
	});

	it('rejects p outside 0..100', () => {
		expect(() => percentile(ten, 101)).toThrow(RangeError);
		expect(() => percentile(ten, NaN)).toThrow(RangeError);
	});
});

describe('rate', () => {
	it('gives count / n with a Wilson interval', () => {
		// 8 of 10, z = 1.96 → [0.4902, 0.9433] (Wilson 1927)
		const f = rate(8, 10);
		expect(f.n).toBe(10);
		expect(f.value).toBe(0.8);
		expect(f.ci?.[0]).toBeCloseTo(0.4902, 3);
		expect(f.ci?.[1]).toBeCloseTo(0.9433, 3);
	});

	it('keeps the interval inside 0..1 at the extremes', () => {
		// 0 of 10 → [0, z²/(n + z²)] = [0, 0.2775]
		const f = rate(0, 10);
		expect(f.ci?.[0]).toBe(0);
		expect(f.ci?.[1]).toBeCloseTo(0.2775, 3);
		expect(rate(10, 10).ci?.[1]).toBe(1);
	});

	it('is null for no events and rejects impossible counts', () => {
		expect(rate(0, 0)).toEqual({ n: 0, value: null, ci: null });
		expect(() => rate(3, 2)).toThrow(RangeError);
		expect(() => rate(-1, 2)).toThrow(RangeError);
		expect(() => rate(0.5, 2)).toThrow(RangeError);
	});
});

describe('round', () => {
	it('never returns -0', () => {
		expect(Object.is(round(-0.0001, 2), 0)).toBe(true);
		expect(Object.is(round(-0, 0), 0)).toBe(true);
	});

	it('rounds half away from zero on the decimal value', () => {
		expect(round(1.005, 2)).toBe(1.01);
		expect(round(-1.005, 2)).toBe(-1.01);
		expect(round(2.5, 0)).toBe(3);
		expect(round(-2.5, 0)).toBe(-3);
		expect(round(1.23456)).toBe(1.23);
	});

	it('keeps null and turns non-finite values into null', () => {
		expect(round(null, 1)).toBeNull();
		expect(round(NaN, 1)).toBeNull();
		expect(round(Infinity, 1)).toBeNull();
	});
});

describe('isSmall', () => {
	it('is true below 30 answers', () => {
		expect(isSmall({ n: 29 })).toBe(true);
		expect(isSmall({ n: 30 })).toBe(false);
	});
});

describe('percentiles by selection', () => {
	it('are percentile() to the last digit, with runs of equal values and without', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1e6;
		for (const size of [1, 2, 3, 10, 101, 5000]) {
			for (const distinct of [3, 1e9]) {
				const values = Array.from({ length: size }, () => Math.floor(random() % distinct) / 60);
				const expected = [50, 90, 0, 100, 33.3].map((p) => percentile(values, p));
				expect(percentilesInPlace(Float64Array.from(values), [50, 90, 0, 100, 33.3])).toEqual(
					expected
				);
			}
		}
		expect(percentilesInPlace(new Float64Array(0), [50])).toEqual([null]);
		expect(() => percentilesInPlace(new Float64Array(1), [101])).toThrow(RangeError);
	});
});
