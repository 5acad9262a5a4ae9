import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { summaryFor } from '$lib/server/reports/query';
import { requireStaff } from '$lib/server/http/guards';
import { refusalResponse } from '$lib/server/http/respond';

/** The service figures for ?from=&to= (YYYY-MM-DD, team time zone; default the last 30 days), locale, team. */
export const GET = async (event) => {
	requireStaff();
	const result = await summaryFor(await getDb(), event.url.searchParams, Date.now());
	return result.ok ? json(result.summary) : refusalResponse(result);
};
