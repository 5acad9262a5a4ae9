import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { loadServiceSettings, updateServiceSettings } from '$lib/server/service-hours';
import { readLimitedBody } from '$lib/server/http/body';
import { requireAdmin } from '$lib/server/http/guards';
import { refusalResponse } from '$lib/server/http/respond';

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
	const body = await readLimitedBody(event.request);
	const result = await updateServiceSettings(await getDb(), body);
	return result.ok ? json(result.settings) : refusalResponse(result);
};
