// Service hours of a support team, for SLA due times and response times "in business hours". Pure, and outside
// server/ so that db/ (which keeps each ticket's response times for the reports) and service-hours/ share it.
// Days are walked as local calendar dates in the team's zone and each day's opening and closing
// instants come from fromZoned, so a DST change moves the UTC instants but never the local hours.
// Only the platform's Intl and Date are used: the server's own zone never matters.

export interface ServiceHours {
	timeZone: string;
	days: number[];
	start: string;
	end: string;
	holidays: string[];
}

export const DEFAULT_SERVICE_HOURS: ServiceHours = {
	timeZone: 'Europe/Oslo',
	days: [1, 2, 3, 4, 5],
	start: '09:00',
	end: '17:00',
	holidays: []
};

const MINUTE = 60_000;
const DAY = 86_400_000;
/**
 * Walks stop at local midnight this many years after the starting day (29 February → 1 March), so
 * a schedule with no working time still ends; no SLA is that long.
 */
const WALK_YEARS = 3;

// Building a DateTimeFormat costs far more than formatting with one, and a walk formats thousands
// of times; only zones that construct are cached, so junk input cannot grow the map.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

export function isValidTimeZone(tz: string): boolean {
	if (typeof tz !== 'string' || tz === '') return false;
	try {
		formatter(tz);
		return true;
	} catch {
		return false;
	}
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	d.setUTCHours(hour, minute, second, 0);
	return d.getTime();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDate(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Weekday of a calendar date, which does not depend on any zone. */
function isoWeekday(year: number, month: number, day: number): number {
	return ((new Date(utc(year, month, day)).getUTCDay() + 6) % 7) + 1;
}

function wall(at: number, timeZone: string) {
	const p = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const { type, value } of formatter(timeZone).formatToParts(at)) {
		if (type in p) p[type as keyof typeof p] = Number(value);
	}
	return p;
}

/** Local wall-clock parts of an instant in a zone. weekday is ISO 1..7. */
export function zonedParts(
	at: number,
	timeZone: string
): {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	weekday: number;
	date: string;
} {
	const { year, month, day, hour, minute } = wall(at, timeZone);
	return {
		year,
		month,
		day,
		hour,
		minute,
		weekday: isoWeekday(year, month, day),
		date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`
	};
}

/** UTC offset in ms at an instant (wall clock minus instant, to the second). */
function offsetAt(at: number, timeZone: string): number {
	const w = wall(at, timeZone);
	return utc(w.year, w.month, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

function parseDate(date: string): [number, number, number] {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	// a round trip through Date rejects 2026-02-30 and friends instead of rolling them over
	if (!m || isoDate(utc(Number(m[1]), Number(m[2]), Number(m[3]))) !== date) {
		throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
	}
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Minutes after local midnight; '24:00' is allowed so a schedule can close at the end of the day. */
function parseTime(time: string): number {
	const m = /^(\d{2}):(\d{2})$/.exec(time);
	const hour = Number(m?.[1]);
	const minute = Number(m?.[2]);
	if (!m || minute > 59 || hour > 24 || (hour === 24 && minute > 0)) {
		throw new RangeError(`Not an HH:MM time: ${time}`);
	}
	return hour * 60 + minute;
}

function addDays(date: string, days: number): string {
	const [y, m, d] = parseDate(date);
	return isoDate(utc(y, m, d) + days * DAY);
}

/**
 * The instant of a local date + time in a zone (DST-correct; a non-existent spring-forward time
 * moves forward, an ambiguous fall-back time takes the earlier instant).
 */
export function fromZoned(date: string, time: string, timeZone: string): number {
	const [y, m, d] = parseDate(date);
	const local = utc(y, m, d) + parseTime(time) * MINUTE;
	// Offsets a day either side bracket any single transition near this wall time; each one gives
	// a candidate instant, kept only if that instant really shows this wall time.
	const candidates = [local - DAY, local + DAY].map((probe) => local - offsetAt(probe, timeZone));
	const valid = candidates.filter((t) => t + offsetAt(t, timeZone) === local);
	if (valid.length > 0) return Math.min(...valid);
	// In a spring-forward gap no instant shows this time; the offset from before the change lands
	// the length of the gap later, as a wall clock that was not moved would.
	return candidates[0]!;
}

interface Schedule {
	timeZone: string;
	days: Set<number>;
	holidays: Set<string>;
	start: string;
	end: string;
}

/** Checks the configuration up front: a typo would otherwise silently count as closed or open. */
function schedule(hours: ServiceHours): Schedule {
	if (!isValidTimeZone(hours.timeZone)) {
		throw new RangeError(`Unknown time zone: ${hours.timeZone}`);
	}
	workdayMinutes(hours);
	for (const d of hours.days) {
		if (!Number.isInteger(d) || d < 1 || d > 7) throw new RangeError(`Not an ISO weekday: ${d}`);
	}
	for (const h of hours.holidays) parseDate(h);
	return {
		timeZone: hours.timeZone,
		days: new Set(hours.days),
		holidays: new Set(hours.holidays),
		start: hours.start,
		end: hours.end
	};
}

/** Minutes in one working day (end - start). */
export function workdayMinutes(hours: ServiceHours): number {
	const minutes = parseTime(hours.end) - parseTime(hours.start);
	if (minutes <= 0)
		throw new RangeError(`Closing ${hours.end} is not after opening ${hours.start}`);
	return minutes;
}

/**
 * A day's opening and closing instants depend only on zone, times and date: reports ask for the same few dozen
 * days thousands of times, and each fromZoned costs several Intl calls. Bounded, so no input can grow it.
 */
const dayCache = new Map<string, { open: number; close: number }>();
const DAY_CACHE_MAX = 20_000;

/** Opening and closing instants of a local date, or undefined when the team is closed all day. */
function hoursOn(date: string, s: Schedule): { open: number; close: number } | undefined {
	const [y, m, d] = parseDate(date);
	if (!s.days.has(isoWeekday(y, m, d)) || s.holidays.has(date)) return undefined;
	const key = `${s.timeZone}|${s.start}|${s.end}|${date}`;
	let day = dayCache.get(key);
	if (!day) {
		if (dayCache.size >= DAY_CACHE_MAX) dayCache.clear();
		day = { open: fromZoned(date, s.start, s.timeZone), close: fromZoned(date, s.end, s.timeZone) };
		dayCache.set(key, day);
	}
	return day;
}

/** The local date of an instant, and the date three years on where walks stop. */
function walkFrom(at: number, s: Schedule): { first: string; cap: string } {
	const today = zonedParts(at, s.timeZone);
	return {
		first: today.date,
		cap: isoDate(utc(today.year + WALK_YEARS, today.month, today.day))
	};
}

export function isOpen(at: number, hours: ServiceHours): boolean {
	const s = schedule(hours);
	const h = hoursOn(walkFrom(at, s).first, s);
	return h !== undefined && h.open <= at && at < h.close;
}

/**
 * `at` itself when open, else the next opening instant. Without any working time in the next three
 * years (no working days, or all of them holidays) it returns local midnight three years after the
 * day of `at` rather than searching forever.
 */
export function nextOpening(at: number, hours: ServiceHours): number {
	return addBusinessMinutes(at, 0, hours);
}

/**
 * Business minutes elapsed between two instants (0 when to <= from); only time inside working hours
 * on working, non-holiday days counts. May be fractional. Costs one step per local day.
 */
export function businessMinutesBetween(from: number, to: number, hours: ServiceHours): number {
	return businessMsBetween(from, to, hours) / MINUTE;
}

/**
 * The same in milliseconds: a whole number for whole-millisecond instants, so it can be stored exactly (the
 * reports keep each ticket's, db/report-facts) and divided into minutes when read, to the very same number.
 */
export function businessMsBetween(from: number, to: number, hours: ServiceHours): number {
	if (!(to > from)) return 0;
	const s = schedule(hours);
	const last = zonedParts(to, s.timeZone).date;
	let ms = 0;
	for (let date = walkFrom(from, s).first; date <= last; date = addDays(date, 1)) {
		const h = hoursOn(date, s);
		if (h) ms += Math.max(0, Math.min(to, h.close) - Math.max(from, h.open));
	}
	return ms;
}

/**
 * The instant at which `minutes` business minutes have elapsed since `from` (counting starts at the
 * next opening if `from` is outside hours). minutes = 0 → nextOpening(from). Ending exactly at
 * closing time gives the closing instant, not the next opening.
 *
 * The walk is capped: if the minutes are not used up within three years of the day of `from` (a
 * schedule with no working time, or an absurd amount), it returns local midnight three years after
 * that day. Callers get a far-off but finite due time instead of a hang or Infinity.
 */
export function addBusinessMinutes(from: number, minutes: number, hours: ServiceHours): number {
	if (!(minutes >= 0)) throw new RangeError(`Business minutes must be >= 0, got ${minutes}`);
	const s = schedule(hours);
	const { first, cap } = walkFrom(from, s);
	let remaining = minutes * MINUTE;
	for (let date = first; date < cap; date = addDays(date, 1)) {
		const h = hoursOn(date, s);
		if (!h) continue;
		const begin = Math.max(from, h.open);
		if (begin >= h.close) continue;
		if (remaining <= h.close - begin) return begin + remaining;
		remaining -= h.close - begin;
	}
	return fromZoned(cap, '00:00', s.timeZone);
}
