// The reports query (?from=&to=&locale=&team=): the page, GET /api/v1/reports/summary and the CSV export.
// Messages are keys of the `errors` dictionary, localized where the error is shown.
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';

const date = v.pipe(
	v.string(),
	v.trim(),
	v.check(
		(s) => !s || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
		'invalidDateRange'
	)
);

export const ReportQuerySchema = v.object({
	from: v.optional(date, ''),
	to: v.optional(date, ''),
	locale: v.optional(
		v.union([v.literal(''), v.picklist(LOCALES, 'invalidLocale')], 'invalidLocale'),
		''
	),
	team: v.optional(v.pipe(v.string(), v.maxLength(100)), '')
});
export type ReportQuery = v.InferOutput<typeof ReportQuerySchema>;
