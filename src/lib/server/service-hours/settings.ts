// The admins' service settings (hours, response targets, survey delay): stored as one setting, read with defaults.
import * as v from 'valibot';
import { ServiceSettingsSchema } from '$lib/schemas/service-hours';
import type { DB } from '../db';
import { lockServiceHours, sameHours } from '../db/report-facts';
import { rebuildReportFacts } from '../db/report-rebuild';
import { readServiceSettings, SERVICE_SETTINGS, writeSetting } from '../db/settings';
import { issueKeys } from '../http/messages';
import { refusal, type Refusal } from '../http/refusal';
import type { ServiceSettings } from '$lib/service-hours/sla';

export function loadServiceSettings(db: DB): Promise<ServiceSettings> {
	return readServiceSettings(db);
}

/** Flat form values for the settings page. */
export function settingsForm(s: ServiceSettings) {
	return {
		timeZone: s.timeZone,
		days: s.days,
		start: s.start,
		end: s.end,
		holidays: s.holidays.join('\n'),
		firstResponseAmount: String(s.firstResponse.amount),
		firstResponseUnit: s.firstResponse.unit,
		nextResponseAmount: String(s.nextResponse.amount),
		nextResponseUnit: s.nextResponse.unit,
		surveyDelayHours: String(s.surveyDelayHours)
	};
}

export type SaveResult = { ok: true; settings: ServiceSettings } | Refusal;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Replace the settings with the form's (every field); a wrong one is a 422 with a key per field. */
export async function saveServiceSettings(db: DB, raw: unknown): Promise<SaveResult> {
	const parsed = v.safeParse(ServiceSettingsSchema, raw);
	if (!parsed.success) {
		const fields = issueKeys(parsed.issues);
		// valibot checks start < end only once every field is valid; say it now too, so one answer lists all
		const r = (raw ?? {}) as Record<string, unknown>;
		if (
			typeof r.start === 'string' &&
			typeof r.end === 'string' &&
			HHMM.test(r.start.trim()) &&
			HHMM.test(r.end.trim()) &&
			r.end.trim() <= r.start.trim()
		)
			fields.end ??= 'endBeforeStart';
		return refusal(422, 'invalid_request', 'invalidRequest', fields);
	}
	const o = parsed.output;
	const settings: ServiceSettings = {
		timeZone: o.timeZone,
		days: o.days,
		start: o.start,
		end: o.end,
		holidays: o.holidays,
		firstResponse: { amount: o.firstResponseAmount, unit: o.firstResponseUnit },
		nextResponse: { amount: o.nextResponseAmount, unit: o.nextResponseUnit },
		surveyDelayHours: o.surveyDelayHours
	};
	await db.transaction().execute(async (trx) => {
		await lockServiceHours(trx);
		const before = await readServiceSettings(trx);
		await writeSetting(trx, SERVICE_SETTINGS, settings);
		// the reports' response times and the days they count under follow the hours: computed again
		if (!sameHours(before, settings)) await rebuildReportFacts(trx, settings);
	});
	return { ok: true, settings };
}

/** Change some fields (PUT /api/v1/settings/service-hours): those left out keep their current values. */
export async function updateServiceSettings(
	db: DB,
	changes: Record<string, unknown>
): Promise<SaveResult> {
	return saveServiceSettings(db, { ...settingsForm(await loadServiceSettings(db)), ...changes });
}
