// The background jobs' one entry point: the mail outbox (every few seconds, and at once when mail is queued),
// every minute: solved tickets close by themselves after 7 days without a reply, surveys whose delay is over
// are sent, and the inbox's counts of how often customers wrote lately are brought up to date; every hour:
// dead rows are purged (`purgeExpired`). Each job is idempotent and claims its rows, so several servers may
// run them side by side.
import { getDb, type DB } from '../db';
import { deleteSentMailBefore } from '../db/outbox';
import { refreshRecentCounts } from '../db/recent-tickets';
import { purgeRateLimits } from '../db/rate-limits';
import { deleteExpiredSessions } from '../db/sessions';
import { deleteDeadTokens } from '../db/user-tokens';
import { closeSolvedBefore } from '../db/ticket-events';
import { settings } from '../env';
import { ticketChanged } from '../live';
import { kickMailWorker, startMailWorker } from '../mail/worker';
import { dispatchSurveys } from '../surveys/send';
import { AUTO_CLOSE_AFTER_MS } from '../tickets/changes';
import { FREQUENCY_WINDOW_MS } from '../tickets/queue';

let timer: ReturnType<typeof setInterval> | undefined;

/** How long a sent mail stays in the outbox (for support questions like "did the customer get it?"). */
export const SENT_MAIL_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** Delete what nobody can use any more: passed rate-limit windows, lapsed sessions and links, old sent mail. */
export async function purgeExpired(db: DB, now = Date.now()) {
	const [rateLimits, sessions, tokens, mails] = await Promise.all([
		purgeRateLimits(db, now),
		deleteExpiredSessions(db, now),
		deleteDeadTokens(db, now),
		deleteSentMailBefore(db, now - SENT_MAIL_KEPT_MS)
	]);
	return { rateLimits, sessions, tokens, mails };
}

export async function closeStaleTickets(now = Date.now()): Promise<number> {
	// an open page shows the ticket closed without a reload
	return closeSolvedBefore(await getDb(), now - AUTO_CLOSE_AFTER_MS, now, (ticket) => {
		ticketChanged(ticket, 'status');
	});
}

/** Recount how often customers wrote lately where a ticket left the window, so the inbox reads stored counts. */
export async function refreshInboxOrder(now = Date.now()): Promise<number> {
	return refreshRecentCounts(await getDb(), now - FREQUENCY_WINDOW_MS);
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
		void Promise.all([closeStaleTickets(), sendDueSurveys(), refreshInboxOrder()]).catch(
			(error: unknown) => console.error('ticket jobs:', error)
		);
	const purge = () =>
		void getDb()
			.then((db) => purgeExpired(db))
			.catch((error: unknown) => console.error('purge:', error));
	run();
	purge();
	timer = setInterval(run, intervalMs);
	setInterval(purge, HOUR).unref();
	timer.unref();
}
