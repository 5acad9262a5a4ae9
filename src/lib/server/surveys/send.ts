// When a survey is sent: scheduled when its ticket is solved, after the admins' delay (service settings), and
// sent by the background jobs once the delay is over, if the ticket is still solved (or closed); each once. The
// emailed link is `<survey id>.<secret>` with only the secret's hash stored.
import { isLocale, type Locale } from '$lib/i18n/locales';
import { SURVEY_SCALES } from '$lib/schemas/surveys';
import { randomToken, sha256 } from '../auth/crypto';
import type { DB } from '../db';
import { dueSurveys, insertSurvey, markSent, ticketOfSurvey } from '../db/surveys';
import type { Ctx } from '../http/context';
import { enqueueMail } from '../mail/outbox';
import { composeSurveyMail } from '../mail/templates';
import { loadServiceSettings } from '../service-hours/settings';

/** How long the emailed link stays good for its first use. */
export const LINK_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** When a ticket is solved: its survey, sent at once or after the admin's delay. */
export async function scheduleSurvey(ctx: Ctx, ticketId: string): Promise<void> {
	const ticket = await ticketOfSurvey(ctx.db, ticketId);
	if (!ticket) return;
	const settings = await loadServiceSettings(ctx.db);
	await insertSurvey(ctx.db, ticket, ctx.now + settings.surveyDelayHours * 60 * 60 * 1000, ctx.now);
	await dispatchSurveys(ctx.db, ctx.now, ctx.origin);
}

/** Send every survey whose delay is over, if its ticket is still solved (or closed); each once. */
export async function dispatchSurveys(db: DB, now: number, origin: string): Promise<number> {
	let sent = 0;
	for (const s of await dueSurveys(db, now)) {
		// reopened before the delay was over: wait until it is solved again
		if (s.status !== 'solved' && s.status !== 'closed') continue;
		if (!s.email) continue;
		const secret = randomToken();
		const token = `${s.id}.${secret}`;
		const locale: Locale = isLocale(s.locale) ? s.locale : 'en';
		const page = `${origin}/${locale}/survey/${token}`;
		await db.transaction().execute(async (trx) => {
			if (!(await markSent(trx, s.id, sha256(secret), now, now + LINK_LIFETIME_MS))) return;
			await enqueueMail(
				trx,
				composeSurveyMail({
					locale,
					to: s.email!,
					name: s.name,
					ref: s.ref,
					subject: s.subject,
					page,
					// the page asks every question again (the first one filled in) and offers a comment
					more: SURVEY_SCALES.length - 1,
					scores: [5, 4, 3, 2, 1].map((n) => ({ n, url: `${page}?csat=${n}` }))
				}),
				now
			);
			sent++;
		});
	}
	return sent;
}
