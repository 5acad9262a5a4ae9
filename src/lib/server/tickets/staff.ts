// An agent's own workspace: the language and time zone they read it in.
import { isLocale } from '$lib/i18n/locales';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import type { DB } from '../db';
import { ownOrServiceZone, setUserPreferences } from '../db/staff';
import { isValidTimeZone } from '../service-hours';
import { refusal, type Refusal } from './refusals';

/** The zone an agent reads times in: their own, else the team's (the service hours' zone). */
export function agentTimeZone(db: DB, userId: string): Promise<string> {
	return ownOrServiceZone(db, userId);
}

/** The agent's workspace language and time zone, from the header form on every agent page. */
export async function savePreferences(
	ctx: Ctx,
	user: SessionUser,
	raw: Record<string, unknown>
): Promise<{ ok: true } | Refusal> {
	const locale = String(raw.locale ?? '');
	const timeZone = String(raw.timeZone ?? '');
	if (!isLocale(locale)) return refusal(422, 'invalid_request', 'invalidLocale');
	if (!isValidTimeZone(timeZone)) return refusal(422, 'invalid_request', 'invalidTimeZone');
	await setUserPreferences(ctx.db, user.id, { locale, timeZone });
	return { ok: true };
}
