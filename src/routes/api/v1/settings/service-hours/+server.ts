import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import { loadServiceSettings, saveServiceSettings, settingsForm } from '$lib/server/tickets/sla';
import { readLimitedBody } from '$lib/server/http/body';
import { requireAdmin } from '$lib/server/http/guards';
import { localizeIssues } from '$lib/server/http/messages';
import { apiError } from '$lib/server/http/respond';

/** Service hours and response targets (admins only). */
export const GET = async () => {
	requireAdmin();
	return json(await loadServiceSettings(await getDb()));
};

/**
 * Change them: any of {timeZone, days, start, end, holidays, firstResponseAmount, firstResponseUnit,
 * nextResponseAmount, nextResponseUnit, surveyDelayHours}; fields left out keep their current values.
 */
export const PUT = async (event) => {
	requireAdmin();
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request);
	const db = await getDb();
	const result = await saveServiceSettings(db, {
		...settingsForm(await loadServiceSettings(db)),
		...body
	});
	if (!result.ok)
		return apiError(
			422,
			'invalid_request',
			LL.errors.invalidRequest(),
			localizeIssues(result.issues, LL)
		);
	return json(result.settings);
};
