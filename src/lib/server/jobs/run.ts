// The jobs as one bounded pass, for the jobs endpoint (POST /api/v1/jobs/run, Vercel's cron every minute): the
// same jobs as adapter-node's in-process schedule (index.ts), then the outbox drained for what time is left.
// Every job claims what it works on, so passes may overlap on any number of instances.
import { getDb } from '../db';
import { drainOutbox } from '../mail/worker';
import { closeStaleTickets, purgeExpired, refreshInboxOrder, sendDueSurveys } from './index';

export interface JobsReport {
	closedTickets: number;
	surveysSent: number;
	inboxCountsRefreshed: number;
	purged: number;
	mailsSent: number;
}

/** One pass of every job; the outbox is drained for at most what is left of `budgetMs`. */
export async function runJobs(budgetMs = 20_000, now = Date.now()): Promise<JobsReport> {
	const started = Date.now();
	const [closedTickets, surveysSent, inboxCountsRefreshed, purged] = await Promise.all([
		closeStaleTickets(now),
		sendDueSurveys(now),
		refreshInboxOrder(now),
		getDb().then((db) => purgeExpired(db, now))
	]);
	const mailsSent = await drainOutbox(Math.max(1_000, budgetMs - (Date.now() - started)));
	return {
		closedTickets,
		surveysSent,
		inboxCountsRefreshed,
		purged: purged.rateLimits + purged.sessions + purged.tokens + purged.mails,
		mailsSent
	};
}
