import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import { csvResponse, toCsv, type CsvCell } from '$lib/server/reports/csv';
import { summaryFor } from '$lib/server/reports/query';
import { contentToFix, type GroupRow } from '$lib/server/reports/summary';

const GROUP_HEADER = [
	'key',
	'label',
	'tickets',
	'first_response_median_minutes',
	'first_response_p90_minutes',
	'resolution_median_minutes',
	'resolution_p90_minutes',
	'within_sla',
	'reopen_rate',
	'one_touch_rate',
	'csat_mean',
	'survey_responses'
];
const groupRow = (g: GroupRow): CsvCell[] => [
	g.key,
	g.label,
	g.tickets,
	g.firstResponseMedianMinutes,
	g.firstResponseP90Minutes,
	g.resolutionMedianMinutes,
	g.resolutionP90Minutes,
	g.withinSla,
	g.reopenRate,
	g.oneTouchRate,
	g.csatMean,
	g.responses
];

/** Every table of the reports page as CSV, for the same filters (?from=&to=&locale=&team=). */
export const GET = async (event) => {
	requireRole('agent', 'admin');
	const LL = translator(event.locals.locale);
	const result = await summaryFor(await getDb(), event.url.searchParams, Date.now(), LL);
	if (!result.ok) error(422, Object.values(result.fields).join(' '));
	const s = result.summary;
	const table = event.params.table;
	const name = `svar-${table}-${s.from}-${s.to}.csv`;
	const groups = s.breakdowns as Record<string, GroupRow[]>;
	if (table in groups) return csvResponse(name, toCsv(GROUP_HEADER, groups[table]!.map(groupRow)));
	if (table === 'summary') {
		const rows = Object.entries(s.figures).map(([figure, f]): CsvCell[] =>
			'value' in f
				? [figure, f.n, f.value, f.ci?.[0], f.ci?.[1], null, null]
				: [figure, f.n, null, null, null, f.median, f.p90]
		);
		rows.push(['responses', s.responses, s.responses, null, null, null, null]);
		rows.push(['tickets', s.tickets, s.tickets, null, null, null, null]);
		rows.push(['searches', s.searches, s.searches, null, null, null, null]);
		rows.push(['article_views', s.articleViews, s.articleViews, null, null, null, null]);
		rows.push(['visits', s.visits, s.visits, null, null, null, null]);
		rows.push([
			'tickets_per_1000_visits',
			s.visits,
			s.ticketsPer1000Visits,
			null,
			null,
			null,
			null
		]);
		return csvResponse(
			name,
			toCsv(['figure', 'n', 'value', 'ci_low', 'ci_high', 'median_minutes', 'p90_minutes'], rows)
		);
	}
	if (table === 'searches')
		return csvResponse(
			name,
			toCsv(
				['query', 'locale', 'count'],
				s.topNoResultQueries.map((q) => [q.query, q.locale, q.count])
			)
		);
	if (table === 'distributions')
		return csvResponse(
			name,
			toCsv(
				['question', 'score', 'answers'],
				Object.entries(s.distributions).flatMap(([question, counts]) =>
					counts.map((n, i) => [question, i + (question === 'nps' ? 0 : 1), n])
				)
			)
		);
	if (table === 'content') {
		const fix = contentToFix(s);
		return csvResponse(
			name,
			toCsv(
				['kind', 'article', 'locale', 'file', 'count', 'detail'],
				[
					...fix.attachedOften.map((a) => ['attached', a.id, 'en', a.file, a.count, null]),
					...fix.lowHelpful.map((a) => ['low_helpful', a.id, '', a.file, a.n, a.share]),
					...fix.staleTranslations.map((a) => [
						'stale_translation',
						a.id,
						a.locale,
						a.file,
						null,
						`${a.translation} < ${a.source}`
					]),
					...fix.noResultQueries.map((q) => [
						'no_results',
						q.query,
						q.locale,
						q.file,
						q.count,
						null
					])
				]
			)
		);
	}
	error(404, 'Not found');
};
