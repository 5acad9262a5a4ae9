// Reading a reports query (?from=&to=&locale=&team=) the same way for the page, the API and the CSV export.
import * as v from 'valibot';
import type { TranslationFunctions } from '$locales/i18n-types';
import type { DB } from '../db';
import { loadServiceSettings } from '../service-hours/settings';
import type { ServiceSettings } from '../service-hours/sla';
import {
	defaultFilters,
	reportSummary,
	ReportQuerySchema,
	resolveFilters,
	type ReportFilters,
	type Report
} from './summary';
import { errorText, localizeIssues } from '../http/messages';

type Fields = Record<string, string>;

async function filtersFor(
	db: DB,
	params: URLSearchParams,
	settings: ServiceSettings,
	now: number,
	LL: TranslationFunctions
): Promise<{ ok: true; filters: ReportFilters } | { ok: false; fields: Fields }> {
	const parsed = v.safeParse(ReportQuerySchema, Object.fromEntries(params));
	if (!parsed.success) return { ok: false, fields: localizeIssues(parsed.issues, LL) };
	const resolved = await resolveFilters(db, parsed.output, settings, now);
	if (!resolved.ok)
		return { ok: false, fields: { [resolved.field]: errorText(resolved.error, LL) } };
	return resolved;
}

/** The report for the query, or the localized error of each wrong filter. */
export async function summaryFor(
	db: DB,
	params: URLSearchParams,
	now: number,
	LL: TranslationFunctions
): Promise<({ ok: true } & Report) | { ok: false; fields: Fields }> {
	const settings = await loadServiceSettings(db);
	const read = await filtersFor(db, params, settings, now, LL);
	if (!read.ok) return read;
	return { ok: true, ...(await reportSummary(db, read.filters, settings, now)) };
}

/** For the page: a wrong filter gives its errors along with the default period's report, not an empty page. */
export async function summaryOrDefault(
	db: DB,
	params: URLSearchParams,
	now: number,
	LL: TranslationFunctions
): Promise<Report & { errors: Fields }> {
	const settings = await loadServiceSettings(db);
	const read = await filtersFor(db, params, settings, now, LL);
	const filters = read.ok ? read.filters : defaultFilters(settings, now);
	return {
		...(await reportSummary(db, filters, settings, now)),
		errors: read.ok ? {} : read.fields
	};
}
