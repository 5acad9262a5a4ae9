// The reports query (?from=&to=&locale=&team=): the page, GET /api/v1/reports/summary and the CSV export.
// Messages are keys of the `errors` dictionary, localized where the error is shown.
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { integer, INT_MAX } from './integer';

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

// The service figures as GET /api/v1/reports/summary answers them. Shares are fractions (0–1), times business minutes; null when nothing to measure.

const count = integer(0, INT_MAX);
const figure = v.nullable(v.number());
const day = v.pipe(v.string(), v.isoDate());

/** A figure with the number of answers it rests on and its 95% interval. */
const withN = v.strictObject({
	n: count,
	value: figure,
	ci: v.nullable(v.tuple([figure, figure]))
});
const times = v.strictObject({ n: count, median: figure, p90: figure });

/** Response figures of one group of tickets (an agent, team, locale, category or week). */
const group = v.strictObject({
	key: v.string(),
	label: v.string(),
	tickets: count,
	firstResponseMedianMinutes: figure,
	firstResponseP90Minutes: figure,
	resolutionMedianMinutes: figure,
	resolutionP90Minutes: figure,
	withinSla: figure,
	reopenRate: figure,
	oneTouchRate: figure,
	csatMean: figure,
	responses: count
});

export const ReportSummarySchema = v.strictObject({
	from: day,
	to: day,
	timeZone: v.string(),
	locale: v.nullable(v.string()),
	team: v.pipe(v.nullable(v.string()), v.description('A team id.')),
	responses: count,
	nps: v.pipe(figure, v.description('(answers 9–10 − answers 0–6) / all × 100')),
	csatShare: v.pipe(figure, v.description('Share of CSAT answers 4–5.')),
	csatMean: figure,
	cesMean: figure,
	valueProductMean: figure,
	valueConfidenceMean: figure,
	tickets: count,
	solved: count,
	firstResponseMedianMinutes: figure,
	firstResponseP90Minutes: figure,
	resolutionMedianMinutes: figure,
	resolutionP90Minutes: figure,
	withinSla: v.pipe(
		figure,
		v.description(
			'Share of first responses by their due time (unanswered and overdue count against).'
		)
	),
	nextWithinSla: v.pipe(
		figure,
		v.description('The same for next responses, after a customer wrote again.')
	),
	reopenRate: figure,
	oneTouchRate: figure,
	searches: count,
	noResultRate: figure,
	topNoResultQueries: v.array(v.strictObject({ query: v.string(), locale: v.string(), count })),
	articleViews: count,
	visits: count,
	helpfulShare: figure,
	deflections: count,
	contactTickets: count,
	deflectionRate: v.pipe(
		figure,
		v.description('deflections / (deflections + tickets sent from the contact flow)')
	),
	ticketsPer1000Visits: figure,
	figures: v.strictObject({
		nps: withN,
		csatShare: withN,
		csatMean: withN,
		cesMean: withN,
		valueProductMean: withN,
		valueConfidenceMean: withN,
		withinSla: withN,
		nextWithinSla: withN,
		reopenRate: withN,
		oneTouchRate: withN,
		noResultRate: withN,
		helpfulShare: withN,
		deflectionRate: withN,
		firstResponse: times,
		resolution: times
	}),
	distributions: v.pipe(
		v.strictObject({
			nps: v.array(count),
			csat: v.array(count),
			ces: v.array(count)
		}),
		v.description('How many answers gave each score: NPS 0–10, CSAT 1–5, CES 1–7.')
	),
	breakdowns: v.strictObject({
		agent: v.array(group),
		team: v.array(group),
		locale: v.array(group),
		category: v.array(group),
		week: v.array(group)
	})
});
