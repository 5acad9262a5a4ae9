import * as v from 'valibot';
import { INT_MAX, integer } from './integer';

const count = integer(0, INT_MAX);

/** What one pass of the background jobs did (POST /api/v1/jobs/run). */
export const JobsReportSchema = v.strictObject({
	/** Solved tickets closed after 7 days without a reply. */
	closedTickets: count,
	/** Surveys whose delay was over, queued to their customers. */
	surveysSent: count,
	/** Customers whose count of recent tickets was brought up to date (the inbox's order). */
	inboxCountsRefreshed: count,
	/** Expired rows deleted: rate-limit windows, sessions, links, old sent mail. */
	purged: count,
	/** Messages the outbox sent in this pass. */
	mailsSent: count
});
