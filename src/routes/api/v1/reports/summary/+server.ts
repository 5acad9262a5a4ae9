import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import { summaryFor } from '$lib/server/reports/query';
import { requireStaff } from '$lib/server/http/guards';
import { apiError } from '$lib/server/http/respond';

/** The service figures for ?from=&to= (YYYY-MM-DD, team time zone; default the last 30 days), locale, team. */
export const GET = async (event) => {
	requireStaff();
	const LL = translator(event.locals.locale);
	const result = await summaryFor(await getDb(), event.url.searchParams, Date.now(), LL);
	if (!result.ok)
		return apiError(422, 'invalid_request', LL.errors.invalidRequest(), result.fields);
	return json(result.summary);
};
