// The survey after a solved ticket: scheduled when the ticket is solved (after the admin's delay), sent by email
// with one-click answers, answered on a page without login, changeable for 7 days. The emailed link is
// `<survey id>.<secret>` with only the secret's hash stored, and it works once: what follows the first click is
// carried by an HttpOnly cookie holding a second secret (or by the customer's own session on their ticket).
import * as v from 'valibot';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { scaleOf, SURVEY_SCALES, type SurveyScaleName } from '$lib/schemas/surveys';
import type { TranslationFunctions } from '$locales/i18n-types';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { randomToken, sameHash, sha256 } from '../auth/crypto';
import type { DB } from '../db';
import {
	dueSurveys,
	findSurvey,
	insertSurvey,
	markSent,
	saveAnswers,
	surveyOfTicket,
	ticketOfSurvey,
	type Answers,
	type Survey
} from '../db/surveys';
import { findTicket } from '../db/tickets';
import { translator } from '../i18n';
import { enqueueMail } from '../mail/outbox';
import { composeSurveyMail } from '../mail/templates';
import { loadServiceSettings } from '../service-hours';
import { errorText } from '../http/messages';

/** How long the emailed link stays good for its first use. */
export const LINK_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** How long answers may be changed after the first one. */
export const EDIT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
export const SURVEY_COOKIE = 'svar_survey';

/** One cookie per survey, so two surveys in one browser do not overwrite each other. */
export function surveyCookieName(token: string): string {
	const id = token.split('.')[0] ?? '';
	return `${SURVEY_COOKIE}_${/^[0-9a-f-]{36}$/.test(id) ? id.replace(/-/g, '') : 'x'}`;
}

/** The edit cookie: HttpOnly, for the edit window only. */
export function setSurveyCookie(
	cookies: import('@sveltejs/kit').Cookies,
	token: string,
	value: string,
	secure: boolean,
	now: number
): void {
	cookies.set(surveyCookieName(token), value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: new Date(now + EDIT_WINDOW_MS)
	});
}

const score = (name: SurveyScaleName) => {
	const { min, max } = scaleOf(name);
	return v.optional(
		v.pipe(
			v.union([v.number(), v.pipe(v.string(), v.trim(), v.regex(/^-?\d+$/), v.transform(Number))]),
			v.integer('invalidScore'),
			v.minValue(min, 'invalidScore'),
			v.maxValue(max, 'invalidScore')
		)
	);
};

export const SurveySchema = v.object({
	csat: score('csat'),
	ces: score('ces'),
	nps: score('nps'),
	valueProduct: score('valueProduct'),
	valueConfidence: score('valueConfidence'),
	comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000, 'tooLong:2000'))),
	/** Optional: the ticket the answer is meant for; a link of another ticket is refused. */
	ticket: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20)))
});

export type SurveyRefusal = {
	ok: false;
	status: 404 | 409 | 410 | 422;
	code: 'invalid_link' | 'expired' | 'used' | 'closed' | 'other_ticket' | 'invalid_request';
	message: string;
	fields?: Record<string, string>;
};

function refusal(code: SurveyRefusal['code'], LL: TranslationFunctions): SurveyRefusal {
	const [status, message] = (
		{
			invalid_link: [404, LL.survey.invalidLink],
			expired: [410, LL.survey.expired],
			used: [410, LL.survey.used],
			closed: [410, LL.survey.closed],
			other_ticket: [409, LL.survey.otherTicket],
			invalid_request: [422, LL.errors.invalidRequest]
		} as const
	)[code];
	return { ok: false, status, code, message: message() };
}

/** "Very satisfied" … "Very dissatisfied" for 5 … 1. */
export function csatLabel(LL: TranslationFunctions, n: number): string {
	const labels = [
		LL.survey.csat1,
		LL.survey.csat2,
		LL.survey.csat3,
		LL.survey.csat4,
		LL.survey.csat5
	];
	return labels[n - 1]?.() ?? String(n);
}

// ---- sending ----

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
		const LL = translator(locale);
		const page = `${origin}/${locale}/survey/${token}`;
		await db.transaction().execute(async (trx) => {
			if (!(await markSent(trx, s.id, sha256(secret), now, now + LINK_LIFETIME_MS))) return;
			await enqueueMail(
				trx,
				composeSurveyMail(LL, {
					locale,
					to: s.email!,
					name: s.name,
					ref: s.ref,
					subject: s.subject,
					page,
					// the page asks every question again (the first one filled in) and offers a comment
					more: SURVEY_SCALES.length - 1,
					scores: [5, 4, 3, 2, 1].map((n) => ({
						label: `${n} – ${csatLabel(LL, n)}`,
						url: `${page}?csat=${n}`
					}))
				}),
				now
			);
			sent++;
		});
	}
	return sent;
}

// ---- answering ----

type Access =
	| { kind: 'first'; survey: Survey }
	| { kind: 'edit'; survey: Survey }
	| { kind: 'view'; survey: Survey; reason: 'used' | 'closed' | 'expired' };
type LinkAccess = Access | { kind: 'invalid' };

/** What a link (plus the cookie or session that came with it) allows now. */
export async function accessByToken(
	db: DB,
	token: string,
	now: number,
	cookie: string | undefined
): Promise<LinkAccess> {
	const [id = '', secret = '', ...rest] = token.split('.');
	if (rest.length || !/^[0-9a-f-]{36}$/.test(id) || secret.length < 16 || secret.length > 64)
		return { kind: 'invalid' };
	const survey = await findSurvey(db, id);
	if (!survey?.token_hash || !sameHash(survey.token_hash, sha256(secret)))
		return { kind: 'invalid' };
	return access(survey, now, cookie);
}

function access(survey: Survey, now: number, cookie: string | undefined, owner = false): Access {
	if (survey.used_at === null) {
		if (survey.expires_at !== null && now > Number(survey.expires_at))
			return { kind: 'view', survey, reason: 'expired' };
		return { kind: 'first', survey };
	}
	const mayEdit = owner || editCookieMatches(survey, cookie);
	if (!mayEdit) return { kind: 'view', survey, reason: 'used' };
	if (survey.answered_at !== null && now > Number(survey.answered_at) + EDIT_WINDOW_MS)
		return { kind: 'view', survey, reason: 'closed' };
	return { kind: 'edit', survey };
}

function editCookieMatches(survey: Survey, cookie: string | undefined): boolean {
	if (!cookie || !survey.edit_hash) return false;
	const [id, secret = ''] = cookie.split('.');
	return id === survey.id && sameHash(survey.edit_hash, sha256(secret));
}

function parseAnswers(
	raw: Record<string, unknown>,
	LL: TranslationFunctions
): { ok: true; answers: Answers; ticket?: string } | SurveyRefusal {
	const cleaned = Object.fromEntries(
		Object.entries(raw).filter(([, value]) => value !== '' && value !== null && value !== undefined)
	);
	const parsed = v.safeParse(SurveySchema, cleaned);
	if (!parsed.success) {
		const fields: Record<string, string> = {};
		for (const issue of parsed.issues) {
			const key = issue.path?.map((p) => String(p.key)).join('.') || '_';
			fields[key] ??= errorText(issue.message, LL);
		}
		return { ...refusal('invalid_request', LL), fields };
	}
	const o = parsed.output;
	const answers: Answers = {};
	if (o.csat !== undefined) answers.csat = o.csat;
	if (o.ces !== undefined) answers.ces = o.ces;
	if (o.nps !== undefined) answers.nps = o.nps;
	if (o.valueProduct !== undefined) answers.value_product = o.valueProduct;
	if (o.valueConfidence !== undefined) answers.value_confidence = o.valueConfidence;
	if (o.comment !== undefined) answers.comment = o.comment || null;
	if (Object.keys(answers).length === 0)
		return { ...refusal('invalid_request', LL), fields: { csat: LL.survey.answerSomething() } };
	return { ok: true, answers, ticket: o.ticket };
}

export interface Answered {
	ok: true;
	survey: Survey;
	/** Set on the first answer: the cookie value that lets this browser change the answers for 7 days. */
	editCookie?: string;
	editableUntil: string;
}

async function store(
	ctx: Ctx,
	granted: Access,
	answers: Answers,
	LL: TranslationFunctions
): Promise<Answered | SurveyRefusal> {
	const { survey } = granted;
	if (granted.kind === 'view') return refusal(granted.reason, LL);
	if (granted.kind === 'first') {
		const secret = randomToken();
		const saved = await saveAnswers(ctx.db, survey.id, answers, ctx.now, {
			consume: true,
			editHash: sha256(secret),
			firstAnswer: survey.answered_at === null
		});
		// somebody used the link a moment earlier
		if (!saved) return refusal('used', LL);
		return {
			ok: true,
			survey: saved,
			editCookie: `${survey.id}.${secret}`,
			editableUntil: new Date(ctx.now + EDIT_WINDOW_MS).toISOString()
		};
	}
	const saved = (await saveAnswers(ctx.db, survey.id, answers, ctx.now, {
		firstAnswer: survey.answered_at === null
	}))!;
	return {
		ok: true,
		survey: saved,
		editableUntil: new Date(Number(saved.answered_at ?? ctx.now) + EDIT_WINDOW_MS).toISOString()
	};
}

/** An answer through the emailed link (no login); `cookie` is the edit cookie from an earlier answer, if any. */
export async function answerByToken(
	ctx: Ctx,
	token: string,
	raw: Record<string, unknown>,
	cookie: string | undefined,
	LL: TranslationFunctions
): Promise<Answered | SurveyRefusal> {
	return answerWith(ctx, await accessByToken(ctx.db, token, ctx.now, cookie), raw, LL);
}

/** An answer with what a link allows (from accessByToken), for a caller that also needs the access itself. */
export async function answerWith(
	ctx: Ctx,
	granted: LinkAccess,
	raw: Record<string, unknown>,
	LL: TranslationFunctions
): Promise<Answered | SurveyRefusal> {
	if (granted.kind === 'invalid') return refusal('invalid_link', LL);
	const parsed = parseAnswers(raw, LL);
	if (!parsed.ok) return parsed;
	if (parsed.ticket) {
		const ticket = await ticketOfSurvey(ctx.db, granted.survey.ticket_id);
		if (ticket?.ref !== parsed.ticket.toUpperCase()) return refusal('other_ticket', LL);
	}
	return store(ctx, granted, parsed.answers, LL);
}

/** What the survey page shows for a link: its ticket and the answers so far, or why it cannot be answered. */
export async function surveyPage(db: DB, granted: LinkAccess, LL: TranslationFunctions) {
	if (granted.kind === 'invalid') return refusal('invalid_link', LL);
	if (granted.kind === 'view') return refusal(granted.reason, LL);
	const { survey } = granted;
	const ticket = await ticketOfSurvey(db, survey.ticket_id);
	if (!ticket) throw new Error(`survey ${survey.id} without its ticket`);
	return {
		ok: true as const,
		shown: {
			ref: ticket.ref,
			subject: ticket.subject,
			answers: answersOf(survey),
			editableUntil: editableUntil(survey)
		}
	};
}

/** The customer answers (or changes answers) from their own ticket page, logged in. */
export async function answerOwnSurvey(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>,
	LL: TranslationFunctions
): Promise<Answered | SurveyRefusal> {
	const ticket = await findTicket(ctx.db, user, ref);
	const survey =
		ticket && ticket.user_id === user.id ? await surveyOfTicket(ctx.db, ticket.id) : undefined;
	if (!survey?.sent_at) return refusal('invalid_link', LL);
	const parsed = parseAnswers(raw, LL);
	if (!parsed.ok) return parsed;
	// a first answer here uses up the emailed link too: from then on, changes come from this page
	return store(ctx, access(survey, ctx.now, undefined, true), parsed.answers, LL);
}

/** The survey as the ticket thread shows it to its owner: whether it can still be answered or changed. */
export async function surveyForOwner(db: DB, ticketId: string, now: number) {
	const survey = await surveyOfTicket(db, ticketId);
	if (!survey?.sent_at) return null;
	const granted = access(survey, now, undefined, true);
	return {
		open: granted.kind !== 'view',
		answers: answersOf(survey),
		answeredAt: survey.answered_at ? new Date(Number(survey.answered_at)).toISOString() : null,
		editableUntil: editableUntil(survey)
	};
}

/** The end of the 7 days for changes, once answered. */
function editableUntil(survey: Survey): string | null {
	return survey.answered_at
		? new Date(Number(survey.answered_at) + EDIT_WINDOW_MS).toISOString()
		: null;
}

export function answersOf(s: Survey) {
	return {
		csat: s.csat,
		ces: s.ces,
		nps: s.nps,
		valueProduct: s.value_product,
		valueConfidence: s.value_confidence,
		comment: s.comment
	};
}
