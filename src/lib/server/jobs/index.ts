// The background jobs' one entry point: the mail outbox (every few seconds, and at once when mail is queued),
// and every minute: solved tickets close by themselves after 7 days without a reply, and surveys whose delay
// is over are sent. Each job is idempotent and claims its rows, so several servers may run them side by side.
import { getDb } from '../db';
import { closeSolvedBefore } from '../db/ticket-events';
import { settings } from '../env';
import { kickMailWorker, startMailWorker } from '../mail/worker';
import { dispatchSurveys } from '../surveys/send';
import { AUTO_CLOSE_AFTER_MS } from '../tickets/changes';

let timer: ReturnType<typeof setInterval> | undefined;

export async function closeStaleTickets(now = Date.now()): Promise<number> {
	return closeSolvedBefore(await getDb(), now - AUTO_CLOSE_AFTER_MS, now);
}

export async function sendDueSurveys(now = Date.now()): Promise<number> {
	const origin = settings.ownOrigin();
	const sent = await dispatchSurveys(await getDb(), now, origin);
	if (sent) kickMailWorker();
	return sent;
}

/** Start every background job on an in-process schedule (adapter-node); a second call does nothing. */
export function startJobs(intervalMs = 60 * 1000): void {
	startMailWorker();
	if (timer) return;
	const run = () =>
		void Promise.all([closeStaleTickets(), sendDueSurveys()]).catch((error: unknown) =>
			console.error('ticket jobs:', error)
		);
	run();
	timer = setInterval(run, intervalMs);
	timer.unref();
}
