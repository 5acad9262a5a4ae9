import { json } from '@sveltejs/kit';
import { settings } from '$lib/server/env';
import { cronAuthorized } from '$lib/server/jobs/cron';
import { runJobs } from '$lib/server/jobs/run';
import { apiError } from '$lib/server/http/respond';

export const prerender = false;

/**
 * One bounded pass of the background jobs (outbox, surveys, auto-close, purge), for a scheduler: Vercel's cron
 * (config.json `crons`, every minute) calls it with `Authorization: Bearer $CRON_SECRET`. 401 for anyone else,
 * and for everyone when CRON_SECRET is unset. Passes may overlap: every job claims what it works on.
 */
export const POST = async ({ request }) => {
	if (!cronAuthorized(request.headers.get('authorization'), settings.cronSecret()))
		return apiError(401, 'unauthorized', 'The jobs run for the scheduler only (CRON_SECRET).');
	return json(await runJobs());
};

/** Vercel's cron asks with GET: the same pass. */
export const GET = POST;
