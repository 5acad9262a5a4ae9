import { json } from '@sveltejs/kit';
import { apiError, readLimitedBody } from '$lib/server/api';
import { apiStaff } from '$lib/server/api-agent';
import { getDb } from '$lib/server/db';
import { localizeIssues } from '$lib/server/forms';
import { translator } from '$lib/server/i18n';
import { loadServiceSettings, saveServiceSettings, settingsForm } from '$lib/server/tickets/sla';

/** Service hours and response targets (admins only). */
export const GET = async (event) => {
	const user = apiStaff(event, ['admin']);
	if (user instanceof Response) return user;
	return json(await loadServiceSettings(await getDb()));
};

/**
 * Change them: any of {timeZone, days, start, end, holidays, firstResponseAmount, firstResponseUnit,
 * nextResponseAmount, nextResponseUnit, surveyDelayHours}; fields left out keep their current values.
 */
export const PUT = async (event) => {
	const user = apiStaff(event, ['admin']);
	if (user instanceof Response) return user;
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request, LL);
	if (body instanceof Response) return body;
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
