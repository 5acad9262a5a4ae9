// The service hours and response targets admins set: the settings form and PUT /api/v1/settings/service-hours.
// Messages are keys of the `errors` dictionary, localized where the error is shown.
import * as v from 'valibot';
import { integerField } from './integer';

/** A zone the platform knows: an IANA name such as "Europe/Oslo", or "UTC". */
function knownTimeZone(tz: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: tz });
		return true;
	} catch {
		return false;
	}
}

const time = v.pipe(
	v.string('required'),
	v.trim(),
	v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalidTime')
);
const amount = integerField(1, 999, 'invalidNumber');
/** ISO weekday, 1 = Monday. */
const weekday = integerField(1, 7, 'invalidRequest');
const unit = v.picklist(['hours', 'days'], 'invalidRequest');

function validDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The settings form and JSON alike: days as a list (or repeated form fields), holidays one per line or a list. */
export const ServiceSettingsSchema = v.pipe(
	v.object({
		timeZone: v.pipe(v.string('required'), v.trim(), v.check(knownTimeZone, 'invalidTimeZone')),
		// a list, or a form's repeated field (one checked box comes as one value, none as nothing)
		days: v.pipe(
			v.optional(v.union([v.literal(''), weekday, v.array(weekday)], 'invalidRequest'), ''),
			v.transform((x) => (Array.isArray(x) ? x : x === '' ? [] : [x])),
			v.transform((list) => [...new Set(list)].sort((a, b) => a - b)),
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
		// left empty: at once
		surveyDelayHours: v.pipe(
			v.nullish(v.union([v.literal(''), integerField(0, 720, 'invalidDelay')], 'invalidDelay'), 0),
			v.transform((x) => (x === '' ? 0 : x))
		)
	}),
	v.forward(
		v.check((s) => s.end > s.start, 'endBeforeStart'),
		['end']
	)
);
