// Every table of the reports page as CSV (GET /agent/reports/export/<table>), for the same filters.
import { toCsv, type CsvCell } from './csv';
import { contentToFix, type GroupRow, type Report, type Summary } from './summary';

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

/** The file name of a table's export: svar-<table>-<from>-<to>.csv. */
export function exportName(report: Report, table: string): string {
	return `svar-${table}-${report.summary.from}-${report.summary.to}.csv`;
}

/** The table as CSV, or null for a table the page does not have. */
export function tableCsv(report: Report, table: string): string | null {
	const s = report.summary;
	if (Object.hasOwn(s.breakdowns, table))
		return toCsv(GROUP_HEADER, s.breakdowns[table as keyof Summary['breakdowns']].map(groupRow));
	switch (table) {
		case 'summary':
			// short rows are padded with empty cells; a count is its own n
			return toCsv(
				['figure', 'n', 'value', 'ci_low', 'ci_high', 'median_minutes', 'p90_minutes'],
				[
					...Object.entries(s.figures).map(([figure, f]): CsvCell[] =>
						'value' in f
							? [figure, f.n, f.value, f.ci?.[0], f.ci?.[1]]
							: [figure, f.n, null, null, null, f.median, f.p90]
					),
					['responses', s.responses, s.responses],
					['tickets', s.tickets, s.tickets],
					['searches', s.searches, s.searches],
					['article_views', s.articleViews, s.articleViews],
					['visits', s.visits, s.visits],
					['tickets_per_1000_visits', s.visits, s.ticketsPer1000Visits]
				]
			);
		case 'searches':
			return toCsv(
				['query', 'locale', 'count'],
				s.topNoResultQueries.map((q) => [q.query, q.locale, q.count])
			);
		case 'distributions':
			return toCsv(
				['question', 'score', 'answers'],
				Object.entries(s.distributions).flatMap(([question, counts]) =>
					counts.map((n, i) => [question, i + (question === 'nps' ? 0 : 1), n])
				)
			);
		case 'content': {
			const fix = contentToFix(report);
			return toCsv(
				['kind', 'article', 'locale', 'file', 'count', 'detail'],
				[
					...fix.attachedOften.map((a) => ['attached', a.id, 'en', a.file, a.count]),
					...fix.lowHelpful.map((a) => ['low_helpful', a.id, '', a.file, a.n, a.share]),
					...fix.staleTranslations.map((a) => [
						'stale_translation',
						a.id,
						a.locale,
						a.file,
						null,
						`${a.translation} < ${a.source}`
					]),
					...fix.noResultQueries.map((q) => ['no_results', q.query, q.locale, q.file, q.count])
				]
			);
		}
		default:
			return null;
	}
}
