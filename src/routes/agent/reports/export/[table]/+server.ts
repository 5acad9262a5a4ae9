import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import { csvResponse } from '$lib/server/reports/csv';
import { exportName, tableCsv } from '$lib/server/reports/export';
import { summaryFor } from '$lib/server/reports/query';
import { requireStaff } from '$lib/server/http/guards';
import { fieldTexts } from '$lib/server/http/messages';

/** Every table of the reports page as CSV, for the same filters (?from=&to=&locale=&team=). */
export const GET = async (event) => {
	requireStaff();
	const report = await summaryFor(await getDb(), event.url.searchParams, Date.now());
	if (!report.ok) {
		const texts = fieldTexts(report.fields, translator(event.locals.locale));
		error(422, Object.values(texts).join(' '));
	}
	const csv = tableCsv(report, event.params.table);
	if (csv === null) error(404, 'Not found');
	return csvResponse(exportName(report, event.params.table), csv);
};
