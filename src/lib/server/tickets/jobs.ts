// Housekeeping that runs beside the server: solved tickets close by themselves after 7 days without a reply,
// and surveys whose delay is over are sent.
import { getDb } from '../db';
import { closeSolvedBefore } from '../db/ticket-events';
import { kickMailWorker } from '../mail/worker';
import { dispatchSurveys } from '../reports/surveys';
import { AUTO_CLOSE_AFTER_MS } from './changes';
import { settings } from '../env';

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

export function startTicketJobs(intervalMs = 60 * 1000): void {
	if (timer) return;
	const run = () =>
		void Promise.all([closeStaleTickets(), sendDueSurveys()]).catch((error: unknown) =>
			console.error('ticket jobs:', error)
		);
	run();
	timer = setInterval(run, intervalMs);
	timer.unref();
}
