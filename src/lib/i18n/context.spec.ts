import { describe, expect, it } from 'vitest';
import { dateTime } from './context';

describe('dateTime', () => {
	it('formats in the reader’s language, in the given zone when one is given, from an ISO string or epoch milliseconds', () => {
		const when = dateTime('en');
		expect(when('2026-12-07T09:30:00Z', 'UTC')).toBe('Dec 7, 2026, 9:30 AM');
		expect(when('2026-12-07T09:30:00Z', 'Europe/Oslo')).toBe('Dec 7, 2026, 10:30 AM');
		expect(when(Date.parse('2026-12-07T09:30:00Z'), 'UTC')).toBe('Dec 7, 2026, 9:30 AM');
		expect(dateTime('nb')('2026-12-07T09:30:00Z', 'UTC')).toBe('7. des. 2026, 09:30');
	});
});
