// Tickets from the customer's side: create, reply, close and reopen. Routes parse the request, call these,
// and turn a refusal into a page or a JSON error; nothing is stored unless everything is valid.
import * as v from 'valibot';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { isolate } from '$lib/i18n/isolate';
import { ReplySchema, TicketSchema, type VisitTrail } from '$lib/schemas/tickets';
import type { TranslationFunctions } from '$locales/i18n-types';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import { countHit, peekCount } from '../db/rate-limits';
import {
	findByIdempotencyKey,
	findMessageByIdempotencyKey,
	findTicket,
	insertMessage,
	insertTicket,
	peopleOf,
	recordDeflection,
	type ThreadMessage,
	type Ticket
} from '../db/tickets';
import { translator } from '../i18n';
import { enqueueMail } from '../mail/outbox';
import { composeMail } from '../mail/templates';
import { changeTicket, type TicketChange } from '../db/agent';
import { agentReply, callbackWindow, customerReplied, type Conflict } from './agent';
import { acceptFiles, type Upload } from './files';
import {
	describeHours,
	firstResponseDue,
	formatDue,
	loadServiceSettings,
	nextResponseDue
} from '../service-hours';
import { checkReply, fileError, invalid, type Refusal } from './refusals';
import { normaliseTrail, parseReadArticles, parseSuggestedArticles } from './visit';
import { errorText, localizeIssues } from '../http/messages';

export type { Refusal };

export const TICKET_LIMIT = { perHour: 10, windowMs: 60 * 60 * 1000 };

/**
 * The searches this visit made (from the anonymous analytics, by visit id) and the articles it read, as the
 * clean trail the ticket stores: each article once with its reads counted (see visit.ts).
 */
async function visitContext(
	ctx: Ctx,
	visit: string | null,
	readArticles: string,
	suggestedArticles: string
): Promise<VisitTrail | null> {
	const searches = visit
		? await ctx.db
				.selectFrom('search_events')
				.select(['query', 'results', 'opened_article', 'locale', 'created_at'])
				.where('visit_id', '=', visit)
				.where('created_at', '>', ctx.now - 12 * 60 * 60 * 1000)
				.orderBy('created_at')
				.limit(100)
				.execute()
		: [];
	const trail = normaliseTrail(
		{
			searches: searches.map((s) => ({
				query: s.query,
				results: Number(s.results),
				opened: s.opened_article,
				at: Number(s.created_at)
			})),
			read: parseReadArticles(readArticles),
			suggested: parseSuggestedArticles(suggestedArticles)
		},
		(id) => content.hasArticle(id)
	);
	return trail.searches.length || trail.read.length || trail.suggested.length ? trail : null;
}

export async function createTicket(
	ctx: Ctx,
	user: SessionUser,
	raw: Record<string, unknown>,
	uploads: Upload[],
	LL: TranslationFunctions
): Promise<{ ok: true; ticket: Ticket; created: boolean } | Refusal> {
	if (!user.emailVerified)
		return { ok: false, status: 403, code: 'email_not_verified', message: LL.errors.notVerified() };
	const parsed = v.safeParse(TicketSchema, raw);
	const fields = parsed.success ? {} : localizeIssues(parsed.issues, LL);
	const files = acceptFiles(uploads);
	const filesProblem = fileError(files, LL);
	if (filesProblem) fields.files = filesProblem;
	if (parsed.success && parsed.output.articleId && !content.hasArticle(parsed.output.articleId))
		fields.articleId = LL.errors.unknownArticle();
	if (
		parsed.success &&
		parsed.output.category &&
		!content.categoryIds().includes(parsed.output.category)
	)
		fields.category = LL.errors.invalidRequest();
	const window = callbackWindow(raw.callbackFrom, raw.callbackTo, raw.timeZone, ctx.now);
	if (!window.ok) fields[window.field] = errorText(window.error, LL);
	else if (window.window && parsed.success && !parsed.output.callbackPhone)
		fields.callbackPhone = LL.errors.required();
	if (!parsed.success || !files.ok || Object.keys(fields).length) return invalid(LL, fields);
	const input = parsed.output;
	const slot = window.ok ? window.window : null;

	if (input.idempotencyKey) {
		const earlier = await findByIdempotencyKey(ctx.db, user.id, input.idempotencyKey);
		if (earlier) return { ok: true, ticket: earlier, created: false };
	}
	const limitKey = `tickets:${user.id}`;
	if ((await peekCount(ctx.db, limitKey, TICKET_LIMIT.windowMs, ctx.now)) >= TICKET_LIMIT.perHour) {
		return { ok: false, status: 429, code: 'ticket_limit', message: LL.errors.ticketLimit() };
	}

	const article = input.articleId
		? content.article(input.articleId, input.locale)?.meta
		: undefined;
	const context = await visitContext(ctx, input.visit, input.readArticles, input.suggestedArticles);
	// everything but the number is known now: the transaction (which holds the ticket counter) only writes
	const settings = await loadServiceSettings(ctx.db);
	const dueAt = firstResponseDue(ctx.now, settings);
	const mailLL = translator(input.locale);
	const whenToExpect = mailLL.mail.ticketExpect({
		due: formatDue(dueAt, input.locale, slot?.timeZone, settings)
	});
	// the hours as the contact page states them, from the same settings and the same sentence
	const hours = mailLL.contact.hours(describeHours(settings, input.locale));
	for (let attempt = 0; ; attempt++) {
		try {
			const ticket = await ctx.db.transaction().execute(async (trx) => {
				const ticket = await insertTicket(trx, {
					userId: user.id,
					subject: input.subject,
					body: input.message,
					locale: input.locale,
					category: input.category ?? article?.category ?? null,
					article: article
						? { id: article.id, locale: article.locale, updated: article.updated }
						: null,
					callback: input.callbackPhone
						? {
								phone: input.callbackPhone,
								window: input.callbackWindow ?? '',
								start: slot?.start ?? null,
								end: slot?.end ?? null,
								timeZone: slot?.timeZone ?? null
							}
						: null,
					dueAt,
					context,
					idempotencyKey: input.idempotencyKey,
					files: files.files,
					now: ctx.now
				});
				await recordDeflection(trx, {
					locale: input.locale,
					articleId: article?.id ?? null,
					event: 'ticket',
					now: ctx.now
				});
				await enqueueMail(
					trx,
					composeMail(mailLL, {
						locale: input.locale,
						to: user.email,
						subject: mailLL.mail.ticketSubject({ ref: isolate(ticket.ref) }),
						name: user.name,
						paragraphs: [
							mailLL.mail.ticketText({ ref: isolate(ticket.ref), subject: isolate(input.subject) }),
							...(input.callbackPhone
								? [mailLL.mail.ticketCallback({ phone: isolate(input.callbackPhone) })]
								: []),
							hours,
							whenToExpect
						],
						link: `${ctx.origin}/${input.locale}/support/${ticket.ref}`
					}),
					ctx.now
				);
				return ticket;
			});
			await countHit(ctx.db, limitKey, TICKET_LIMIT.windowMs, ctx.now);
			return { ok: true, ticket, created: true };
		} catch (error) {
			// two tickets took the same number, or the same idempotency key raced: look again, then retry
			if (input.idempotencyKey) {
				const earlier = await findByIdempotencyKey(ctx.db, user.id, input.idempotencyKey);
				if (earlier) return { ok: true, ticket: earlier, created: false };
			}
			if (attempt >= 4 || !/unique|duplicate/i.test(String((error as Error).message))) throw error;
		}
	}
}

export async function replyToTicket(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>,
	uploads: Upload[],
	LL: TranslationFunctions
): Promise<{ ok: true; ticket: Ticket; created?: boolean } | Refusal | Conflict> {
	// agents answer through the agent path: SLA clock, notification, auto-assignment
	if (user.role !== 'customer')
		return agentReply(ctx, user, ref, { ...raw, internal: false }, uploads, LL);
	const ticket = await findTicket(ctx.db, user, ref);
	if (!ticket) return { ok: false, status: 404, code: 'not_found', message: LL.errors.notFound() };
	const message = typeof raw.message === 'string' ? raw.message.trim() : '';
	const files = acceptFiles(uploads);
	const fields = checkReply(message, files, LL);
	const key = v.safeParse(ReplySchema.entries.idempotencyKey, raw.idempotencyKey);
	if (!key.success) fields.idempotencyKey = LL.errors.invalidRequest();
	if (Object.keys(fields).length || !files.ok || !key.success) return invalid(LL, fields);
	// the same form sent again (double click, Enter twice, a resent post): the reply it already stored. A
	// different text under an old key (a page restored from history) is a new reply, stored without the key.
	const sentBefore = async () =>
		key.output
			? await findMessageByIdempotencyKey(ctx.db, ticket.id, user.id, key.output)
			: undefined;
	const earlier = await sentBefore();
	if (earlier?.body === message)
		return { ok: true, ticket: (await findTicket(ctx.db, user, ref))!, created: false };
	try {
		await ctx.db.transaction().execute(async (trx) => {
			const messageId = await insertMessage(
				trx,
				ticket.id,
				user.id,
				message,
				files.files,
				ctx.now,
				false,
				earlier ? null : key.output
			);
			await customerReplied(ctx, trx, ticket, messageId, user.name);
		});
	} catch (error) {
		// two copies raced: the other one was stored
		if (!(await sentBefore())) throw error;
		return { ok: true, ticket: (await findTicket(ctx.db, user, ref))!, created: false };
	}
	return { ok: true, ticket: (await findTicket(ctx.db, user, ref))!, created: true };
}

/** The customer closes their ticket, or reopens it. */
export async function setOwnTicketOpen(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	open: boolean
): Promise<boolean> {
	const ticket = await findTicket(ctx.db, user, ref);
	if (!ticket) return false;
	const to = open ? 'open' : 'closed';
	if (ticket.status === to) return true;
	// only a reopened ticket starts a clock, so only reopening reads the service hours
	const change: TicketChange = open
		? {
				status: 'open',
				reopen: true,
				awaiting_since: ctx.now,
				due_at: nextResponseDue(ctx.now, await loadServiceSettings(ctx.db))
			}
		: { status: 'closed', awaiting_since: null, due_at: null };
	await ctx.db
		.transaction()
		.execute((trx) =>
			changeTicket(
				trx,
				ticket.id,
				null,
				change,
				{ kind: 'update', data: { status: { from: ticket.status, to } } },
				user.id,
				ctx.now
			)
		);
	return true;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** A ticket as the API returns it: the thread without internal notes for customers, files as links. */
export async function ticketJson(
	ctx: Ctx,
	user: SessionUser,
	ticket: Ticket,
	thread: ThreadMessage[]
) {
	// only staff see the customer and the assignee: a customer's view reads no users
	const people = user.role === 'customer' ? undefined : await peopleOf(ctx.db, ticket);
	const locale: Locale = isLocale(ticket.locale) ? ticket.locale : 'en';
	const article = ticket.article_id ? content.article(ticket.article_id, locale) : undefined;
	return {
		ref: ticket.ref,
		subject: ticket.subject,
		status: ticket.status,
		locale: ticket.locale,
		category: ticket.category,
		version: ticket.version,
		createdAt: new Date(ticket.created_at).toISOString(),
		updatedAt: new Date(ticket.updated_at).toISOString(),
		article: ticket.article_id
			? {
					id: ticket.article_id,
					locale: ticket.article_locale,
					updated: ticket.article_updated,
					title: article?.meta.title ?? ticket.article_id,
					href: article ? content.articlePath(ticket.article_id, locale) : null
				}
			: null,
		callback: ticket.callback_phone
			? {
					phone: ticket.callback_phone,
					window: ticket.callback_window,
					start: iso(ticket.callback_start),
					end: iso(ticket.callback_end),
					timeZone: ticket.callback_tz,
					state: ticket.callback_state
				}
			: null,
		/** When the customer can expect the next answer; null when nobody is waiting on support. */
		expectedBy: ticket.awaiting_since !== null ? iso(ticket.due_at) : null,
		...(people
			? {
					customer: {
						id: ticket.user_id,
						name: people.customer?.name ?? '',
						email: people.customer?.email ?? null
					},
					priority: ticket.priority,
					assignee: people.assignee ? { id: people.assignee.id, name: people.assignee.name } : null,
					team: ticket.team_id,
					waitingSince: iso(ticket.awaiting_since),
					firstResponseAt: iso(ticket.first_response_at),
					solvedAt: iso(ticket.solved_at)
				}
			: {}),
		messages: thread.map((m) => ({
			id: m.id,
			author: m.authorId === user.id ? 'you' : m.authorRole === 'customer' ? 'customer' : 'support',
			authorName: m.authorName,
			body: m.body,
			internal: m.internal,
			createdAt: new Date(m.createdAt).toISOString(),
			attachments: m.attachments.map((a) => ({
				id: a.id,
				filename: a.filename,
				contentType: a.contentType,
				size: a.size,
				url: `/api/v1/attachments/${a.id}`
			}))
		}))
	};
}
