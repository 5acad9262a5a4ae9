// The service hours and due times in the reader's words: the platform's own names for days and zones.
import type { ServiceHours } from '$lib/service-hours/business-hours';

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
	const days = [...settings.days].sort((a, b) => a - b);
	const key = `${locale}|${days.join(',')}`;
	let list = dayLists.get(key);
	if (list === undefined) {
		// the platform's names, built once per language and set of days: the contact page and every new
		// ticket's confirmation ask for them
		const monday = Date.UTC(2024, 0, 1, 12);
		const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
		const dayName = (d: number) => weekday.format(monday + (d - 1) * 86_400_000);
		const contiguous = days.length > 2 && days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
		list = contiguous
			? `${dayName(days[0]!)}–${dayName(days[days.length - 1]!)}`
			: new Intl.ListFormat(locale, { type: 'conjunction' }).format(days.map(dayName));
		if (dayLists.size > 500) dayLists.clear();
		dayLists.set(key, list);
	}
	return {
		days: list,
		start: settings.start,
		end: settings.end,
		zone: zoneName(settings.timeZone, locale)
	};
}

const dayLists = new Map<string, string>();
