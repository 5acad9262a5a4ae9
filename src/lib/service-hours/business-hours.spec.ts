import { describe, expect, it } from 'vitest';
import { itMaps } from '$lib/testing/maps';
import {
	addBusinessMinutes,
	businessMinutesBetween,
	DEFAULT_SERVICE_HOURS,
	fromZoned,
	isOpen,
	isValidTimeZone,
	nextOpening,
	workdayMinutes,
	zonedParts,
	type ServiceHours
} from './business-hours';

// Expected instants are written with their hand-computed UTC offset: Oslo is +01:00 in winter and
// +02:00 from 2026-03-29 to 2026-10-25; New York is -05:00, and -04:00 from 2026-03-08 to 2026-11-01.
// January 2026: Fri 9, Sat 10, Sun 11, Mon 12, Tue 13.
const t = (iso: string) => Date.parse(iso);
const pad = (n: number) => String(n).padStart(2, '0');
const oslo = DEFAULT_SERVICE_HOURS;
const withHolidays = (...holidays: string[]): ServiceHours => ({ ...oslo, holidays });
const newYork: ServiceHours = {
	timeZone: 'America/New_York',
	days: [1, 2, 3, 4, 5],
	start: '08:00',
	end: '16:00',
	holidays: ['2026-07-03']
};
const closed: ServiceHours = { ...oslo, days: [] };
const always: ServiceHours = { ...oslo, days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

describe('isValidTimeZone', () => {
	itMaps(isValidTimeZone, [
		['Europe/Oslo', true],
		['America/New_York', true],
		['UTC', true],
		['Mars/Olympus', false],
		['', false],
		['Europe/Osloo', false]
	]);
});

describe('zonedParts', () => {
	it.each([
		// midnight is hour 0, never 24
		['2026-01-11T23:00Z', 'Europe/Oslo', [2026, 1, 12, 0, 0, 1, '2026-01-12']],
		['2026-03-29T00:30Z', 'Europe/Oslo', [2026, 3, 29, 1, 30, 7, '2026-03-29']],
		['2026-03-29T01:30Z', 'Europe/Oslo', [2026, 3, 29, 3, 30, 7, '2026-03-29']],
		// the repeated hour on 2026-10-25 shows 02:30 twice
		['2026-10-25T00:30Z', 'Europe/Oslo', [2026, 10, 25, 2, 30, 7, '2026-10-25']],
		['2026-10-25T01:30Z', 'Europe/Oslo', [2026, 10, 25, 2, 30, 7, '2026-10-25']],
		['2026-01-01T03:00Z', 'America/New_York', [2025, 12, 31, 22, 0, 3, '2025-12-31']],
		['2026-01-01T00:00Z', 'Asia/Kolkata', [2026, 1, 1, 5, 30, 4, '2026-01-01']]
	] as const)('%s in %s', (iso, zone, [year, month, day, hour, minute, weekday, date]) => {
		expect(zonedParts(t(iso), zone)).toEqual({ year, month, day, hour, minute, weekday, date });
	});
});

describe('fromZoned', () => {
	it.each([
		['2026-01-12', '09:00', 'Europe/Oslo', '2026-01-12T09:00+01:00'],
		['2026-07-01', '09:00', 'Europe/Oslo', '2026-07-01T09:00+02:00'],
		// spring-forward gap: 02:30 does not exist and moves forward by the hour skipped
		['2026-03-29', '02:30', 'Europe/Oslo', '2026-03-29T03:30+02:00'],
		// fall-back: 02:30 happens twice, the earlier (still summer time) wins
		['2026-10-25', '02:30', 'Europe/Oslo', '2026-10-25T02:30+02:00'],
		['2026-10-25', '03:00', 'Europe/Oslo', '2026-10-25T03:00+01:00'],
		['2026-03-08', '02:30', 'America/New_York', '2026-03-08T03:30-04:00'],
		['2026-11-01', '01:30', 'America/New_York', '2026-11-01T01:30-04:00'],
		['2026-01-01', '00:00', 'Asia/Kolkata', '2025-12-31T18:30Z'],
		['2026-01-12', '24:00', 'Europe/Oslo', '2026-01-13T00:00+01:00']
	])('%s %s in %s → %s', (date, time, zone, iso) => {
		expect(fromZoned(date, time, zone)).toBe(t(iso));
	});

	it.each(['Europe/Oslo', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'])(
		'round-trips with zonedParts every 15 minutes across DST changes in %s',
		(zone) => {
			const mismatches: string[] = [];
			for (const day of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25']) {
				const start = t(`${day}T00:00Z`) - 86_400_000;
				for (let at = start; at < start + 3 * 86_400_000; at += 15 * 60_000) {
					const p = zonedParts(at, zone);
					const back = fromZoned(p.date, `${pad(p.hour)}:${pad(p.minute)}`, zone);
					// the second pass through a repeated hour maps back to the first, one hour earlier
					const repeated = back === at - 3_600_000 && zonedParts(back, zone).hour === p.hour;
					if (back !== at && !repeated) mismatches.push(new Date(at).toISOString());
				}
			}
			expect(mismatches).toEqual([]);
		}
	);

	it.each([
		['2026-02-30', '09:00'],
		['2026-1-5', '09:00'],
		['2026-01-05', '9:00'],
		['2026-01-05', '24:30'],
		['2026-01-05', '12:60']
	])('refuses %s %s', (date, time) => {
		expect(() => fromZoned(date, time, 'Europe/Oslo')).toThrow(RangeError);
	});
});

describe('workdayMinutes', () => {
	it.each([
		[oslo, 480],
		[{ ...oslo, start: '08:30', end: '16:15' }, 465],
		[always, 1440]
	])('%#: %i', (hours, minutes) => {
		expect(workdayMinutes(hours)).toBe(minutes);
	});

	it('refuses a closing time that is not after the opening time', () => {
		expect(() => workdayMinutes({ ...oslo, start: '17:00', end: '09:00' })).toThrow(RangeError);
		expect(() => workdayMinutes({ ...oslo, start: '09:00', end: '09:00' })).toThrow(RangeError);
	});
});

describe('isOpen', () => {
	it.each([
		['2026-01-12T09:00+01:00', oslo, true],
		['2026-01-12T08:59+01:00', oslo, false],
		['2026-01-12T16:59+01:00', oslo, true],
		['2026-01-12T17:00+01:00', oslo, false],
		['2026-01-10T12:00+01:00', oslo, false],
		['2026-01-12T12:00+01:00', withHolidays('2026-01-12'), false],
		['2026-07-01T09:30+02:00', oslo, true],
		['2026-07-01T08:30+02:00', oslo, false],
		// the same instant: 12:30 in New York, 18:30 in Oslo
		['2026-01-14T17:30Z', newYork, true],
		['2026-01-14T17:30Z', oslo, false],
		['2026-01-14T17:30Z', closed, false]
	])('%s → %s', (iso, hours, open) => {
		expect(isOpen(t(iso), hours)).toBe(open);
	});

	it('refuses a broken configuration instead of treating it as closed', () => {
		const at = t('2026-01-12T10:00+01:00');
		expect(() => isOpen(at, { ...oslo, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
		expect(() => isOpen(at, { ...oslo, days: [0, 1] })).toThrow(RangeError);
		expect(() => isOpen(at, withHolidays('2026-1-12'))).toThrow(RangeError);
	});
});

describe('nextOpening', () => {
	it.each([
		['inside hours is itself', '2026-01-12T10:15+01:00', oslo, '2026-01-12T10:15+01:00'],
		['before opening', '2026-01-12T07:00+01:00', oslo, '2026-01-12T09:00+01:00'],
		['at Friday closing', '2026-01-09T17:00+01:00', oslo, '2026-01-12T09:00+01:00'],
		[
			'Sunday, Monday a holiday',
			'2026-01-11T12:00+01:00',
			withHolidays('2026-01-12'),
			'2026-01-13T09:00+01:00'
		],
		['across spring forward', '2026-03-29T12:00+02:00', oslo, '2026-03-30T09:00+02:00'],
		['across fall back', '2026-10-24T12:00+02:00', oslo, '2026-10-26T09:00+01:00'],
		['New York evening', '2026-01-14T23:00Z', newYork, '2026-01-15T08:00-05:00']
	])('%s', (_, iso, hours, expected) => {
		expect(nextOpening(t(iso), hours)).toBe(t(expected));
	});
});

describe('addBusinessMinutes', () => {
	it.each([
		[
			'Friday 16:00 + 2 h → Monday 10:00',
			'2026-01-09T16:00+01:00',
			120,
			oslo,
			'2026-01-12T10:00+01:00'
		],
		['within one day', '2026-01-07T10:00+01:00', 90, oslo, '2026-01-07T11:30+01:00'],
		[
			'before opening counts from 09:00',
			'2026-01-07T07:00+01:00',
			30,
			oslo,
			'2026-01-07T09:30+01:00'
		],
		['a weekend in between', '2026-01-09T10:00+01:00', 960, oslo, '2026-01-13T10:00+01:00'],
		[
			'Monday holiday pushes to Tuesday',
			'2026-01-09T16:00+01:00',
			120,
			withHolidays('2026-01-12'),
			'2026-01-13T10:00+01:00'
		],
		[
			'arriving Saturday counts from Monday',
			'2026-01-10T11:00+01:00',
			30,
			oslo,
			'2026-01-12T09:30+01:00'
		],
		[
			'0 on Saturday is the next opening',
			'2026-01-10T11:00+01:00',
			0,
			oslo,
			'2026-01-12T09:00+01:00'
		],
		[
			'0 inside hours is the same instant',
			'2026-01-12T11:11+01:00',
			0,
			oslo,
			'2026-01-12T11:11+01:00'
		],
		[
			'ending at closing stays at closing',
			'2026-01-09T16:00+01:00',
			60,
			oslo,
			'2026-01-09T17:00+01:00'
		],
		['fractional minutes', '2026-01-12T10:00+01:00', 0.5, oslo, '2026-01-12T10:00:30+01:00'],
		['a whole week', '2026-01-12T09:00+01:00', 2400, oslo, '2026-01-16T17:00+01:00'],
		['over spring forward', '2026-03-27T16:00+01:00', 120, oslo, '2026-03-30T10:00+02:00'],
		['over fall back', '2026-10-23T16:00+02:00', 120, oslo, '2026-10-26T10:00+01:00'],
		[
			'New York over its DST change',
			'2026-03-06T15:00-05:00',
			120,
			newYork,
			'2026-03-09T09:00-04:00'
		],
		['New York Friday holiday', '2026-07-02T15:30-04:00', 60, newYork, '2026-07-06T08:30-04:00']
	])('%s', (_, iso, minutes, hours, expected) => {
		expect(addBusinessMinutes(t(iso), minutes, hours)).toBe(t(expected));
	});

	it('counts the real 23 h of the spring-forward day when open around the clock', () => {
		expect(addBusinessMinutes(t('2026-03-29T00:00+01:00'), 23 * 60, always)).toBe(
			t('2026-03-30T00:00+02:00')
		);
	});

	it('refuses negative or NaN minutes', () => {
		expect(() => addBusinessMinutes(t('2026-01-12T10:00+01:00'), -1, oslo)).toThrow(RangeError);
		expect(() => addBusinessMinutes(t('2026-01-12T10:00+01:00'), NaN, oslo)).toThrow(RangeError);
	});

	it('is undone by businessMinutesBetween', () => {
		const froms = ['2026-01-09T16:00+01:00', '2026-03-27T12:34+01:00', '2026-10-22T08:00+02:00'];
		for (const from of froms) {
			for (const minutes of [1, 59, 480, 481, 1000, 5000]) {
				const due = addBusinessMinutes(t(from), minutes, oslo);
				expect(businessMinutesBetween(t(from), due, oslo)).toBe(minutes);
			}
		}
	});
});

describe('businessMinutesBetween', () => {
	const between = (from: string, to: string, hours: ServiceHours) =>
		businessMinutesBetween(t(from), t(to), hours);

	it.each([
		['Friday 16:30 → Monday 09:30', '2026-01-09T16:30+01:00', '2026-01-12T09:30+01:00', oslo, 60],
		['same day inside hours', '2026-01-07T10:15+01:00', '2026-01-07T12:45+01:00', oslo, 150],
		['reverse order', '2026-01-12T09:30+01:00', '2026-01-09T16:30+01:00', oslo, 0],
		['equal instants', '2026-01-12T10:00+01:00', '2026-01-12T10:00+01:00', oslo, 0],
		['overnight outside hours', '2026-01-07T18:00+01:00', '2026-01-08T08:00+01:00', oslo, 0],
		['weekend only', '2026-01-10T08:00+01:00', '2026-01-11T20:00+01:00', oslo, 0],
		['thirty seconds', '2026-01-12T10:00+01:00', '2026-01-12T10:00:30+01:00', oslo, 0.5],
		['a full week', '2026-01-12T00:00+01:00', '2026-01-19T00:00+01:00', oslo, 2400],
		// two working weeks around each DST change still give 8 h per working day
		['DST spring fortnight', '2026-03-23T00:00+01:00', '2026-04-04T00:00+02:00', oslo, 4800],
		['DST autumn fortnight', '2026-10-19T00:00+02:00', '2026-10-31T00:00+01:00', oslo, 4800],
		[
			'New York afternoon in Oslo terms',
			'2026-01-14T15:00+01:00',
			'2026-01-14T23:00+01:00',
			newYork,
			420
		],
		['New York holiday', '2026-07-02T00:00-04:00', '2026-07-04T00:00-04:00', newYork, 480],
		['no working days', '2026-01-01T00:00+01:00', '2027-01-01T00:00+01:00', closed, 0]
	])('%s', (_, from, to, hours, minutes) => {
		expect(between(from, to, hours)).toBe(minutes);
	});

	it('leaves a holiday out of the span it falls in', () => {
		const holiday = withHolidays('2026-01-12');
		expect(between('2026-01-09T16:30+01:00', '2026-01-13T09:30+01:00', holiday)).toBe(60);
		expect(between('2026-01-09T16:30+01:00', '2026-01-13T09:30+01:00', oslo)).toBe(540);
	});

	it('counts the hours a DST day really has when open around the clock', () => {
		expect(between('2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00', always)).toBe(23 * 60);
		expect(between('2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00', always)).toBe(25 * 60);
	});

	// how fast is the bench's to say (the reports summary), not a clock in a test
	it('walks a whole year: 261 weekdays in 2026', () => {
		expect(between('2026-01-01T00:00+01:00', '2027-01-01T00:00+01:00', oslo)).toBe(261 * 480);
	});
});

describe('no working time at all', () => {
	// the walk stops at local midnight three years after the day it started on
	it.each([
		['no working days', closed],
		['every working day a holiday', { ...oslo, days: [1], holidays: mondays('2026-01-12', 160) }]
	])('%s: addBusinessMinutes and nextOpening end at the cap', (_, hours) => {
		const from = t('2026-01-09T16:00+01:00');
		const cap = t('2029-01-09T00:00+01:00');
		expect(addBusinessMinutes(from, 60, hours)).toBe(cap);
		expect(nextOpening(from, hours)).toBe(cap);
		expect(isOpen(from, hours)).toBe(false);
	});

	it('caps an amount of minutes beyond three years of working time', () => {
		const from = t('2026-07-01T10:00+02:00');
		expect(addBusinessMinutes(from, 10_000_000, oslo)).toBe(t('2029-07-01T00:00+02:00'));
		expect(addBusinessMinutes(from, Infinity, oslo)).toBe(t('2029-07-01T00:00+02:00'));
	});
});

/** `count` consecutive Mondays from `first`, as local dates. */
function mondays(first: string, count: number): string[] {
	const start = Date.parse(`${first}T00:00Z`);
	return Array.from({ length: count }, (_, i) =>
		new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10)
	);
}
