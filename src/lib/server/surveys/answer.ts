// Answering a survey: on the page the emailed link opens (no login), through the API, or from the customer's
// own ticket page; answers can be changed for 7 days. Refusals carry message keys; routes put them in words.
import * as v from 'valibot';
import { SurveySchema } from '$lib/schemas/surveys';
import { randomToken, sha256 } from '../auth/crypto';
import type { SessionUser } from '../auth/session';
import type { DB } from '../db';
import {
	saveAnswers,
	surveyOfTicket,
	ticketOfSurvey,
	type Answers,
	type Survey
} from '../db/surveys';
import { findTicket } from '../db/tickets';
import type { Ctx } from '../http/context';
import { issueKeys, type FieldKeys, type MessageKey } from '../http/messages';
import { refusal as refusalOf } from '../http/refusal';
import {
	access,
	accessByToken,
	EDIT_WINDOW_MS,
	editableUntil,
	type Access,
	type LinkAccess
} from './access';

export type SurveyRefusal = {
	ok: false;
	status: 404 | 409 | 410 | 422;
	code: 'invalid_link' | 'expired' | 'used' | 'closed' | 'other_ticket' | 'invalid_request';
	/** A message key (see http/refusal). */
	message: MessageKey;
	fields?: FieldKeys;
};

const REFUSALS = {
	invalid_link: [404, 'survey.invalidLink'],
	expired: [410, 'survey.expired'],
	used: [410, 'survey.used'],
	closed: [410, 'survey.closed'],
	other_ticket: [409, 'survey.otherTicket'],
	invalid_request: [422, 'invalidRequest']
} as const;

function refusal(code: SurveyRefusal['code'], fields?: FieldKeys): SurveyRefusal {
	const [status, message] = REFUSALS[code];
	return { ...refusalOf(status, code, message, fields), status, code };
}

function parseAnswers(
	raw: Record<string, unknown>
): { ok: true; answers: Answers; ticket?: string } | SurveyRefusal {
	const cleaned = Object.fromEntries(
		Object.entries(raw).filter(([, value]) => value !== '' && value !== null && value !== undefined)
	);
	const parsed = v.safeParse(SurveySchema, cleaned);
	if (!parsed.success) return refusal('invalid_request', issueKeys(parsed.issues));
	const o = parsed.output;
	const answers: Answers = {};
	if (o.csat !== undefined) answers.csat = o.csat;
	if (o.ces !== undefined) answers.ces = o.ces;
	if (o.nps !== undefined) answers.nps = o.nps;
	if (o.valueProduct !== undefined) answers.value_product = o.valueProduct;
	if (o.valueConfidence !== undefined) answers.value_confidence = o.valueConfidence;
	if (o.comment !== undefined) answers.comment = o.comment || null;
	if (Object.keys(answers).length === 0)
		return refusal('invalid_request', { csat: 'survey.answerSomething' });
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
	answers: Answers
): Promise<Answered | SurveyRefusal> {
	const { survey } = granted;
	if (granted.kind === 'view') return refusal(granted.reason);
	if (granted.kind === 'first') {
		const secret = randomToken();
		const saved = await saveAnswers(ctx.db, survey.id, answers, ctx.now, {
			consume: true,
			editHash: sha256(secret),
			firstAnswer: survey.answered_at === null
		});
		// somebody used the link a moment earlier
		if (!saved) return refusal('used');
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
	cookie: string | undefined
): Promise<Answered | SurveyRefusal> {
	return answerWith(ctx, await accessByToken(ctx.db, token, ctx.now, cookie), raw);
}

/** An answer with what a link allows (from accessByToken), for a caller that also needs the access itself. */
export async function answerWith(
	ctx: Ctx,
	granted: LinkAccess,
	raw: Record<string, unknown>
): Promise<Answered | SurveyRefusal> {
	if (granted.kind === 'invalid') return refusal('invalid_link');
	const parsed = parseAnswers(raw);
	if (!parsed.ok) return parsed;
	if (parsed.ticket) {
		const ticket = await ticketOfSurvey(ctx.db, granted.survey.ticket_id);
		if (ticket?.ref !== parsed.ticket.toUpperCase()) return refusal('other_ticket');
	}
	return store(ctx, granted, parsed.answers);
}

/** What the survey page shows for a link: its ticket and the answers so far, or why it cannot be answered. */
export async function surveyPage(db: DB, granted: LinkAccess) {
	if (granted.kind === 'invalid') return refusal('invalid_link');
	if (granted.kind === 'view') return refusal(granted.reason);
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

export type QuickScore = { name: 'csat' | 'ces' | 'nps'; value: string };

/**
 * The page an emailed link opens, or why it cannot be answered. Opening it stores nothing and uses nothing up
 * (mail scanners follow every link in a mail): a one-click score from the address (`quick`) is only chosen on
 * the form (`chosen`), and the reader's own POST from the page sends it. A score out of range chooses nothing.
 */
export async function openSurvey(
	ctx: Ctx,
	token: string,
	cookie: string | undefined,
	quick: QuickScore | undefined
) {
	const page = await surveyPage(ctx.db, await accessByToken(ctx.db, token, ctx.now, cookie));
	const score = quick && parseAnswers({ [quick.name]: quick.value });
	if (!page.ok || !quick || !score?.ok) return page;
	const answers = { ...page.shown.answers, [quick.name]: score.answers[quick.name] ?? null };
	return { ...page, shown: { ...page.shown, answers, chosen: true } };
}

/** The customer answers (or changes answers) from their own ticket page, logged in. */
export async function answerOwnSurvey(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>
): Promise<Answered | SurveyRefusal> {
	const ticket = await findTicket(ctx.db, user, ref);
	const survey =
		ticket && ticket.user_id === user.id ? await surveyOfTicket(ctx.db, ticket.id) : undefined;
	if (!survey?.sent_at) return refusal('invalid_link');
	const parsed = parseAnswers(raw);
	if (!parsed.ok) return parsed;
	// a first answer here uses up the emailed link too: from then on, changes come from this page
	return store(ctx, access(survey, ctx.now, undefined, true), parsed.answers);
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
