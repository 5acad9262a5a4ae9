// Reading a reports query (?from=&to=&locale=&team=) the same way for the page, the API and the CSV export.
// A wrong filter is a message key per field; the routes put it in words.
import * as v from 'valibot';
import { ReportQuerySchema } from '$lib/schemas/reports';
import type { DB } from '../db';
import { teamsList } from '../db/report-period';
import { issueKeys } from '../http/messages';
import { refusal, type Refusal } from '../http/refusal';
import { loadServiceSettings } from '../service-hours/settings';
import type { ServiceSettings } from '$lib/service-hours/sla';
import { defaultFilters, resolveFilters, type ReportFilters } from './filters';
import { contentToFix, reportSummary, type Report } from './summary';

async function filtersFor(
	db: DB,
	params: URLSearchParams,
	settings: ServiceSettings,
	now: number
): Promise<{ ok: true; filters: ReportFilters } | Refusal> {
	const parsed = v.safeParse(ReportQuerySchema, Object.fromEntries(params));
	const invalid = (fields: Record<string, string>) =>
		refusal(422, 'invalid_request', 'invalidRequest', fields);
	if (!parsed.success) return invalid(issueKeys(parsed.issues));
	const resolved = await resolveFilters(db, parsed.output, settings, now);
	return resolved.ok ? resolved : invalid({ [resolved.field]: resolved.error });
}

/** The report for the query, or a 422 with the key of each wrong filter. */
export async function summaryFor(
	db: DB,
	params: URLSearchParams,
	now: number
): Promise<({ ok: true } & Report) | Refusal> {
	const settings = await loadServiceSettings(db);
	const read = await filtersFor(db, params, settings, now);
	if (!read.ok) return read;
	return { ok: true, ...(await reportSummary(db, read.filters, settings, now)) };
}

/**
 * For the reports page: the figures, the content to fix, and the teams to filter by. A wrong filter gives its
 * error keys along with the default period's report, not an empty page.
 */
export async function reportsPage(db: DB, params: URLSearchParams, now: number) {
	const settings = await loadServiceSettings(db);
	const read = await filtersFor(db, params, settings, now);
	const filters = read.ok ? read.filters : defaultFilters(settings, now);
	const report = await reportSummary(db, filters, settings, now);
	return {
		summary: report.summary,
		fix: contentToFix(report),
		errors: read.ok ? {} : (read.fields ?? {}),
		teams: await teamsList(db)
	};
}
