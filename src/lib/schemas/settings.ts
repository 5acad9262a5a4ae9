// Service hours and response targets as the API answers them (the request schema, ServiceSettingsSchema,
// lives with its service for now).
import * as v from 'valibot';

const target = v.strictObject({
	amount: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** Business hours or business days. */
	unit: v.picklist(['hours', 'days'])
});

/** GET and PUT /api/v1/settings/service-hours */
export const ServiceHoursSchema = v.strictObject({
	/** An IANA zone, e.g. Europe/Oslo. */
	timeZone: v.string(),
	/** ISO weekdays, 1 = Monday. */
	days: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
	/** HH:MM */
	start: v.string(),
	end: v.string(),
	/** YYYY-MM-DD */
	holidays: v.array(v.string()),
	/** How soon the first agent answer is due. */
	firstResponse: target,
	/** How soon the next answer is due after a customer writes again. */
	nextResponse: target,
	/** Hours between solving a ticket and sending its survey (0: at once). */
	surveyDelayHours: v.pipe(v.number(), v.integer(), v.minValue(0))
});
