// The help centre's open counters, which anyone may post to without an account: page views (POST /api/v1/views)
// and what the contact form's suggestions did (POST /api/v1/deflections). A visit (the tab's random id, made by
// the page script and sent along) counts each thing once a day, and a client address counts at most
// COUNTER_LIMIT_PER_HOUR of each an hour (429 after that). What is stored stays daily totals and events; the visit
// and the address are only the keys of counters that expire (db/rate-limits.ts).
import { recordDeflection } from '../db/tickets';
import { countView } from '../db/surveys';
import { countHit } from '../db/rate-limits';
import { settings } from '../env';
import type { Ctx } from '../http/context';
import { refusal, type Refusal } from '../http/refusal';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** What an address over the limit is told (it may try again within the hour). */
export const COUNTER_RETRY_AFTER_SECONDS = HOUR / 1000;

/** The address's next post of `kind`, counted before it is judged: parallel posts cannot slip past the limit. */
async function throttled(ctx: Ctx, kind: string): Promise<Refusal | null> {
	const count = await countHit(ctx.db, `${kind}:${ctx.ip}`, HOUR, ctx.now);
	return count > settings.counterLimitPerHour()
		? refusal(429, 'throttled', 'tooManyRequests')
		: null;
}

/** Whether this visit sends `what` for the first time today; without a visit id (storage blocked), always. */
async function firstOfVisit(ctx: Ctx, visit: string | null | undefined, what: string) {
	if (!visit) return true;
	const day = new Date(ctx.now).toISOString().slice(0, 10);
	return (await countHit(ctx.db, `seen:${day}:${visit}:${what}`, DAY, ctx.now)) === 1;
}

/** A page view: counted once a visit per page (all non-article pages of a language are one), the visit once. */
export async function countPageView(
	ctx: Ctx,
	view: { locale: string; articleId: string; newVisit: boolean; visit?: string | null }
): Promise<Refusal | null> {
	const refused = await throttled(ctx, 'views');
	if (refused) return refused;
	if (!(await firstOfVisit(ctx, view.visit, `view:${view.locale}:${view.articleId}`))) return null;
	const newVisit = view.newVisit && (await firstOfVisit(ctx, view.visit, 'visit'));
	await countView(ctx.db, {
		day: new Date(ctx.now).toISOString().slice(0, 10),
		locale: view.locale,
		articleId: view.articleId,
		newVisit
	});
	return null;
}

/** A suggestion shown, opened, or "this solved it": once a visit per article and event. */
export async function countDeflection(
	ctx: Ctx,
	event: {
		articleId: string;
		locale: string;
		event: 'suggested' | 'opened' | 'solved';
		visit?: string | null;
	}
): Promise<Refusal | null> {
	const refused = await throttled(ctx, 'deflections');
	if (refused) return refused;
	const what = `deflection:${event.locale}:${event.articleId}:${event.event}`;
	if (await firstOfVisit(ctx, event.visit, what))
		await recordDeflection(ctx.db, { ...event, now: ctx.now });
	return null;
}
