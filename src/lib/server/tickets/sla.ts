// Service hours and response targets: what admins set, and the due times they produce. The clock is always
// passed in, so SLA rules are tested with fixed instants.
import * as v from 'valibot';
import type { DB } from '../db';
import { readSetting, writeSetting } from '../db/settings';
import {
	addBusinessMinutes,
	DEFAULT_SERVICE_HOURS,
	isValidTimeZone,
	workdayMinutes,
	type ServiceHours
} from './business-hours';

export interface Target {
	amount: number;
	unit: 'hours' | 'days';
}

export interface ServiceSettings extends ServiceHours {
	/** How soon the first agent answer is due, in business time. */
	firstResponse: Target;
	/** How soon the next answer is due after a customer writes again. */
	nextResponse: Target;
	/** Hours between solving a ticket and sending its survey (0: at once). */
	surveyDelayHours: number;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
	...DEFAULT_SERVICE_HOURS,
	firstResponse: { amount: 1, unit: 'days' },
	nextResponse: { amount: 1, unit: 'days' },
	surveyDelayHours: 0
};

const KEY = 'service_hours';

export function targetMinutes(target: Target, hours: ServiceHours): number {
	return target.unit === 'days' ? target.amount * workdayMinutes(hours) : target.amount * 60;
}

export function firstResponseDue(from: number, settings: ServiceSettings): number {
	return addBusinessMinutes(from, targetMinutes(settings.firstResponse, settings), settings);
}

export function nextResponseDue(from: number, settings: ServiceSettings): number {
	return addBusinessMinutes(from, targetMinutes(settings.nextResponse, settings), settings);
}

const time = v.pipe(
	v.string('required'),
	v.trim(),
	v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalidTime')
);
const amount = v.pipe(
	v.unknown(),
	v.transform((x) => (typeof x === 'string' ? Number(x.trim()) : x)),
	v.number('invalidNumber'),
	v.integer('invalidNumber'),
	v.minValue(1, 'invalidNumber'),
	v.maxValue(999, 'invalidNumber')
);
const unit = v.picklist(['hours', 'days'], 'invalidRequest');

function validDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The settings form and JSON alike: days as a list (or repeated form fields), holidays one per line or a list. */
export const ServiceSettingsSchema = v.pipe(
	v.object({
		timeZone: v.pipe(
			v.string('required'),
			v.trim(),
			v.check((tz) => isValidTimeZone(tz), 'invalidTimeZone')
		),
		days: v.pipe(
			v.unknown(),
			v.transform((x) => (Array.isArray(x) ? x : x === undefined || x === '' ? [] : [x])),
			v.array(v.unknown()),
			v.transform((list) => [...new Set(list.map((d) => Number(d)))].sort()),
			v.check(
				(list) => list.every((d) => Number.isInteger(d) && d >= 1 && d <= 7),
				'invalidRequest'
			),
			v.check((list) => list.length > 0, 'noDays')
		),
		start: time,
		end: time,
		holidays: v.pipe(
			v.unknown(),
			v.transform((x) =>
				Array.isArray(x)
					? x.map(String)
					: typeof x === 'string'
						? x.split(/[\s,]+/).filter(Boolean)
						: []
			),
			v.array(v.string()),
			v.check((list) => list.every(validDate), 'invalidDate'),
			v.check((list) => list.length <= 366, 'invalidRequest'),
			v.transform((list) => [...new Set(list)].sort())
		),
		firstResponseAmount: amount,
		firstResponseUnit: unit,
		nextResponseAmount: amount,
		nextResponseUnit: unit,
		surveyDelayHours: v.pipe(
			v.unknown(),
			v.transform((x) => (typeof x === 'string' ? Number(x.trim() || 0) : (x ?? 0))),
			v.number('invalidDelay'),
			v.integer('invalidDelay'),
			v.minValue(0, 'invalidDelay'),
			v.maxValue(720, 'invalidDelay')
		)
	}),
	v.forward(
		v.check((s) => s.end > s.start, 'endBeforeStart'),
		['end']
	)
);

export async function loadServiceSettings(db: DB): Promise<ServiceSettings> {
	const stored = await readSetting<Partial<ServiceSettings>>(db, KEY);
	return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

/** Flat form values for the settings page. */
export function settingsForm(s: ServiceSettings) {
	return {
		timeZone: s.timeZone,
		days: s.days,
		start: s.start,
		end: s.end,
		holidays: s.holidays.join('\n'),
		firstResponseAmount: String(s.firstResponse.amount),
		firstResponseUnit: s.firstResponse.unit,
		nextResponseAmount: String(s.nextResponse.amount),
		nextResponseUnit: s.nextResponse.unit,
		surveyDelayHours: String(s.surveyDelayHours)
	};
}

export type SaveResult =
	{ ok: true; settings: ServiceSettings } | { ok: false; issues: v.BaseIssue<unknown>[] };

export async function saveServiceSettings(db: DB, raw: unknown): Promise<SaveResult> {
	const parsed = v.safeParse(ServiceSettingsSchema, raw);
	if (!parsed.success) {
		// valibot checks start < end only once every field is valid; say it now too, so one answer lists all
		const r = (raw ?? {}) as Record<string, unknown>;
		const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
		const order =
			typeof r.start === 'string' &&
			typeof r.end === 'string' &&
			hhmm.test(r.start.trim()) &&
			hhmm.test(r.end.trim()) &&
			r.end.trim() <= r.start.trim() &&
			!parsed.issues.some((i) => i.path?.[0]?.key === 'end')
				? [{ message: 'endBeforeStart', path: [{ key: 'end' }] } as unknown as v.BaseIssue<unknown>]
				: [];
		return { ok: false, issues: [...parsed.issues, ...order] };
	}
	const o = parsed.output;
	const settings: ServiceSettings = {
		timeZone: o.timeZone,
		days: o.days,
		start: o.start,
		end: o.end,
		holidays: o.holidays,
		firstResponse: { amount: o.firstResponseAmount, unit: o.firstResponseUnit },
		nextResponse: { amount: o.nextResponseAmount, unit: o.nextResponseUnit },
		surveyDelayHours: o.surveyDelayHours
	};
	await writeSetting(db, KEY, settings);
	return { ok: true, settings };
}

/**
 * A zone as people reading `locale` name it: "Central European Time", "sentraleuropeisk tid", "Центральная
 * Европа", "توقيت وسط أوروبا". The generic name does not change with summer time, so the hours and a due time
 * name the zone alike all year; abbreviations would not ("CET" in Norwegian, "GMT+1" in Russian). A zone the
 * platform has no name for is shown by its id.
 */
export function zoneName(timeZone: string, locale: string): string {
	const key = `${locale}|${timeZone}`;
	let name = zoneNames.get(key);
	if (name === undefined) {
		// named as of now: for dates before a zone kept summer time, ICU gives the standard name instead
		name =
			new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
				.formatToParts(Date.now())
				.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
		// "GMT+00:00" and the like say less than the zone's own id ("UTC", "Asia/Kolkata")
		if (/^(GMT|UTC|غرينتش)([+−-]|$)/.test(name)) name = timeZone;
		if (zoneNames.size > 500) zoneNames.clear();
		zoneNames.set(key, name);
	}
	return name;
}

const zoneNames = new Map<string, string>();

/**
 * "Monday 24 November, 10:00 (Central European Time)": when to expect an answer, in the reader's language and
 * a zone they know, its name written as the service hours write it.
 */
export function formatDue(
	at: number,
	locale: string,
	timeZone: string | null | undefined,
	settings: ServiceHours
): string {
	const zone = timeZone || settings.timeZone;
	const key = `${locale}|${zone}`;
	let format = dueFormats.get(key);
	if (!format) {
		// building a formatter costs far more than using one, and every new ticket formats its due time
		format = new Intl.DateTimeFormat(locale, {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZone: zone
		});
		if (dueFormats.size > 500) dueFormats.clear();
		dueFormats.set(key, format);
	}
	return `${format.format(at)} (${zoneName(zone, locale)})`;
}

const dueFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The service hours in words for customers: "Monday–Friday", "09:00", "17:00", "Central European Time". The
 * contact page and the ticket confirmation both show these, in the same sentence (contact.hours).
 */
export function describeHours(settings: ServiceHours, locale: string) {
	const monday = Date.UTC(2024, 0, 1, 12);
	const dayName = (d: number) =>
		new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
			monday + (d - 1) * 86_400_000
		);
	const days = [...settings.days].sort((a, b) => a - b);
	const contiguous = days.length > 2 && days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
	const list = contiguous
		? `${dayName(days[0]!)}–${dayName(days[days.length - 1]!)}`
		: new Intl.ListFormat(locale, { type: 'conjunction' }).format(days.map(dayName));
	return {
		days: list,
		start: settings.start,
		end: settings.end,
		zone: zoneName(settings.timeZone, locale)
	};
}
