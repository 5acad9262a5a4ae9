import { describe, expect, it } from 'vitest';
import { wilsonLowerBound } from './helpful';

describe('wilsonLowerBound', () => {
	it('is 0 without votes and grows with evidence', () => {
		expect(wilsonLowerBound({ yes: 0, no: 0 })).toBe(0);
		expect(wilsonLowerBound({ yes: 40, no: 5 })).toBeGreaterThan(
			wilsonLowerBound({ yes: 2, no: 0 })
		);
		expect(wilsonLowerBound({ yes: 10, no: 0 })).toBeGreaterThan(
			wilsonLowerBound({ yes: 10, no: 10 })
		);
	});

	it('matches a hand-computed value', () => {
		// 8 of 10 helpful, z = 1.96 → 0.4902 (Wilson 1927)
		expect(wilsonLowerBound({ yes: 8, no: 2 })).toBeCloseTo(0.4902, 3);
	});
});
