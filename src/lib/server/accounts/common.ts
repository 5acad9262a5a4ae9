// What the account operations share: the session a successful one starts, throttling, the owner's language.
import { isLocale, type Locale } from '$lib/i18n/locales';
import { createSession } from '../auth/session';
import type { Ctx } from '../http/context';

export type { Ctx };

export const MINUTE = 60_000;

/** Refused for now: try again after `seconds` (`minutes`, rounded up, for the sentence). */
export type Throttled = { throttled: true; minutes: number; seconds: number };

export const throttled = (minutes: number): Throttled => ({
	throttled: true,
	minutes,
	seconds: minutes * 60
});
/** A new session: the cookie's token and when it lapses. */
export type LoggedIn = { ok: true; token: string; expiresAt: number };

export function localeOf(user: { locale: string }): Locale {
	return isLocale(user.locale) ? user.locale : 'en';
}

export async function startSession(ctx: Ctx, userId: string): Promise<LoggedIn> {
	const { token, session } = await createSession(ctx.db, userId, ctx.now);
	return { ok: true, token, expiresAt: session.expiresAt };
}
