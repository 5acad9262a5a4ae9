// Service hours and response targets as the API answers them (the request schema, ServiceSettingsSchema,
// lives with its service for now).
import * as v from 'valibot';
import { integer } from './integer';

const target = v.strictObject({
	amount: integer(1, 999),
	unit: v.pipe(v.picklist(['hours', 'days']), v.description('Business hours or business days.'))
});

/** GET and PUT /api/v1/settings/service-hours */
export const ServiceHoursSchema = v.strictObject({
	timeZone: v.pipe(v.string(), v.description('An IANA zone, e.g. Europe/Oslo.')),
	days: v.pipe(v.array(integer(1, 7)), v.description('ISO weekdays, 1 = Monday.')),
	start: v.pipe(v.string(), v.description('HH:MM')),
	end: v.string(),
	holidays: v.pipe(v.array(v.string()), v.description('YYYY-MM-DD')),
	firstResponse: v.pipe(target, v.description('How soon the first agent answer is due.')),
	nextResponse: v.pipe(
		target,
		v.description('How soon the next answer is due after a customer writes again.')
	),
	surveyDelayHours: v.pipe(
		integer(0, 720),
		v.description('Hours between solving a ticket and sending its survey (0: at once).')
	)
});
