import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { sequence } from '@sveltejs/kit/hooks';
import {
	isLocale,
	LOCALE_COOKIE,
	LOCALE_INFO,
	localeFromPath,
	negotiateLocale
} from '$lib/i18n/locales';
import { prepareSetup } from '$lib/server/accounts';
import { content } from '$lib/server/content';
import { fallbackPages } from '$lib/server/content/fallback';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	SIGNED_IN_COOKIE,
	validateSessionToken
} from '$lib/server/auth/session';
import { getDb, onOpen } from '$lib/server/db';
import { readEnv, settings } from '$lib/server/env';
import { refuseUnreadableInput } from '$lib/server/http/input';
import { strictTransport } from '$lib/server/http/strict-transport.js';
import { translator } from '$lib/server/i18n';
import { sendQueuedMail } from '$lib/server/mail/worker';

/** How long a serverless response waits for the mail it queued (the cron sends what is left). */
const MAIL_BEFORE_RESPONSE_MS = 5_000;

export const init: ServerInit = async () => {
	if (building) return;
	const env = readEnv();
	if (settings.serverless()) {
		// no schedule, no setup link: the cron calls the jobs endpoint; the first admin comes from ADMIN_EMAIL/
		// ADMIN_PASSWORD (idempotent however many instances start at once) or `npm run user`. It is made by the
		// first request of an instance that needs the database, before that request uses it: a request that
		// needs none (a signed-out visitor's) neither waits for a connection nor holds one.
		if (!env.mail.smtpUrl)
			console.error('SMTP_URL is not set: a serverless function cannot send mail.');
		const admin = env.admin;
		if (admin)
			onOpen((db) =>
				prepareSetup(db, Date.now(), admin, { link: false }).catch((error: unknown) =>
					console.error('first admin:', error)
				)
			);
		return;
	}
	const db = await getDb();
	const token = await prepareSetup(db, Date.now(), env.admin);
	if (token) {
		const origin = settings.ownOrigin();
		console.log(
			`\nNo administrator yet. Create the first one (this link works once):\n  ${origin}/en/setup/${token}\n`
		);
	}
	// loaded here: a serverless cold start does without the jobs' modules
	const { startJobs } = await import('$lib/server/jobs');
	startJobs();
	// live updates: hear what the other servers publish from the start (see src/lib/server/live)
	const { startLive } = await import('$lib/server/live');
	await startLive();
};

/** Serverless: the mail a request queued leaves before its response does (a frozen function sends nothing). */
const mailBeforeResponse: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	await sendQueuedMail(MAIL_BEFORE_RESPONSE_MS);
	return response;
};

/** The page's locale from its /<locale>/ prefix; elsewhere (/, unknown locales) negotiated. */
const locale: Handle = async ({ event, resolve }) => {
	const fromPath = localeFromPath(event.url.pathname);
	const locale =
		fromPath ??
		negotiateLocale(event.request.headers.get('accept-language'), event.cookies.get(LOCALE_COOKIE));
	event.locals.locale = locale;
	return resolve(event, {
		// read when the page is rendered: the workspace switches to the agent's own language after auth
		transformPageChunk: ({ html }) =>
			fill(html, { '%lang%': event.locals.locale, '%dir%': LOCALE_INFO[event.locals.locale].dir })
	});
};

/**
 * The page with each placeholder (found once, in its first tag) in place: the rest of the page is joined on as
 * it is, not copied whole once per placeholder (a page of the inbox is 150 KB).
 */
function fill(html: string, values: Record<string, string>): string {
	let out = '';
	let from = 0;
	const found = Object.entries(values)
		.map(([placeholder, value]) => ({ at: html.indexOf(placeholder), placeholder, value }))
		.filter((p) => p.at >= 0)
		.sort((a, b) => a.at - b.at);
	for (const p of found) {
		out += html.slice(from, p.at) + p.value;
		from = p.at + p.placeholder.length;
	}
	return from ? out + html.slice(from) : html;
}

/** Validate the session cookie once per request; locals.user and locals.session for everything after. */
const auth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = building ? undefined : event.cookies.get(SESSION_COOKIE);
	const secure = event.url.protocol === 'https:';
	if (!token) {
		// a "signed in" hint left without its session would have the help centre ask /api/v1/me for nobody
		if (!building && event.cookies.get(SIGNED_IN_COOKIE))
			deleteSessionCookie(event.cookies, secure);
		return resolve(event);
	}
	const result = await validateSessionToken(await getDb(), token, Date.now());
	if (!result) {
		deleteSessionCookie(event.cookies, secure);
		return resolve(event);
	}
	event.locals.user = result.user;
	event.locals.session = result.session;
	// agents pick the workspace's language themselves (stored on their account)
	if (
		(event.url.pathname === '/agent' || event.url.pathname.startsWith('/agent/')) &&
		result.user.role !== 'customer' &&
		isLocale(result.user.locale)
	)
		event.locals.locale = result.user.locale;
	// keep the cookie's expiry in step with the sliding session
	setSessionCookie(event.cookies, token, result.session.expiresAt, secure);
	return resolve(event);
};

/** Headers CSP cannot carry; the CSP itself comes from kit.csp (svelte.config.js). */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('x-frame-options', 'DENY');
	const hsts = strictTransport(settings.origin());
	if (hsts) response.headers.set('strict-transport-security', hsts);
	// an event stream's own no-transform stays: nothing on the way may compress (and so hold back) its events
	if (event.locals.user && !response.headers.get('cache-control')?.includes('no-transform'))
		response.headers.set('cache-control', 'private, no-store');
	return response;
};

/** Fallback articles: skipped by the prerenderer, rendered on request and kept (see fallback.ts). */
const fallbacks: Handle = fallbackPages({ building, index: () => content });

export const handle = sequence(
	mailBeforeResponse,
	securityHeaders,
	locale,
	refuseUnreadableInput,
	fallbacks,
	auth
);

export const handleError: HandleServerError = ({ error, event, status }) => {
	// 400: SvelteKit's own refusal of a path it cannot decode (and of the ones reroute gives it, see hooks.ts)
	if (status === 400) {
		const LL = translator(isLocale(event.locals.locale) ? event.locals.locale : 'en');
		return { message: LL.errors.unreadableText() };
	}
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
