// Reading a reports query (?from=&to=&locale=&team=) the same way for the page, the API and the CSV export.
import * as v from 'valibot';
import type { TranslationFunctions } from '$locales/i18n-types';
import type { DB } from '../db';
import { errorText, localizeIssues } from '../forms';
import { loadServiceSettings } from '../tickets/sla';
import { reportSummary, ReportQuerySchema, resolveFilters, type Summary } from './summary';

export async function summaryFor(
	db: DB,
	params: URLSearchParams,
	now: number,
	LL: TranslationFunctions
): Promise<{ ok: true; summary: Summary } | { ok: false; fields: Record<string, string> }> {
	const parsed = v.safeParse(ReportQuerySchema, Object.fromEntries(params));
	if (!parsed.success) return { ok: false, fields: localizeIssues(parsed.issues, LL) };
	const settings = await loadServiceSettings(db);
	const resolved = await resolveFilters(db, parsed.output, settings, now);
	if (!resolved.ok)
		return { ok: false, fields: { [resolved.field]: errorText(resolved.error, LL) } };
	return { ok: true, summary: await reportSummary(db, resolved.filters, settings, now) };
}
