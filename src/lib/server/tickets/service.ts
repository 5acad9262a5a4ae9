// Tickets from the customer's side: create one (with its files, its visit trail, a call-back window and the
// confirmation mail, in one transaction), close and reopen it. Replies are in replies.ts.
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import type { Locale } from '$lib/i18n/locales';
import { TicketSchema, type VisitTrail } from '$lib/schemas/tickets';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import { storeNewTicket } from '../db/new-ticket';
import { refundHit, takeHit } from '../db/rate-limits';
import { visitSearches } from '../db/search-events';
import { changeTicket, type TicketChange } from '../db/ticket-events';
import { ticketChanged } from '../live';
import {
	findByIdempotencyKey,
	findTicket,
	takeTicketNumberAndHours,
	ticketRow,
	type Ticket
} from '../db/tickets';
import { issueKeys } from '../http/messages';
import { factsMail } from '../mail/queued';
import { articleLink } from '../content/pages';
import { callbackWindow } from './callbacks';
import { acceptFiles, type Upload } from './files';
import {
	describeHours,
	firstResponseDue,
	loadServiceSettings,
	nextResponseDue
} from '../service-hours';
import { FREQUENCY_WINDOW_MS } from './queue';
import { holdQuota, OverQuota } from './quota';
import { fileError, invalid, refusal, type FieldKeys, type Refusal } from './refusals';
import { normaliseTrail, parseReadArticles, parseSuggestedArticles } from './visit';

export type { Refusal };

export const TICKET_LIMIT = { perHour: 10, windowMs: 60 * 60 * 1000 };
/** The rate-limit counter of an account's new tickets. */
export const ticketLimitKey = (userId: string) => `tickets:${userId}`;

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
	const searches = visit ? await visitSearches(ctx.db, visit, ctx.now - 12 * 60 * 60 * 1000) : [];
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
	uploads: Upload[]
): Promise<{ ok: true; ticket: Ticket; created: boolean } | Refusal> {
	if (!user.emailVerified) return refusal(403, 'email_not_verified', 'notVerified');
	const parsed = v.safeParse(TicketSchema, raw);
	const fields: FieldKeys = parsed.success ? {} : issueKeys(parsed.issues);
	const files = acceptFiles(uploads);
	const filesProblem = fileError(files);
	if (filesProblem) fields.files = filesProblem;
	if (parsed.success && parsed.output.articleId && !content.hasArticle(parsed.output.articleId))
		fields.articleId = 'unknownArticle';
	if (
		parsed.success &&
		parsed.output.category &&
		!content.categoryIds().includes(parsed.output.category)
	)
		fields.category = 'invalidRequest';
	const window = callbackWindow(raw.callbackFrom, raw.callbackTo, raw.timeZone, ctx.now);
	if (!window.ok) fields[window.field] = window.error;
	else if (window.window && parsed.success && !parsed.output.callbackPhone)
		fields.callbackPhone = 'required';
	if (!parsed.success || !files.ok || Object.keys(fields).length) return invalid(fields);
	const input = parsed.output;
	const slot = window.ok ? window.window : null;

	const limitKey = ticketLimitKey(user.id);
	// counted before the ticket is written, and given back if it is not: parallel tickets cannot pass the limit.
	// A post sent again (its idempotency key taken) is found when its ticket cannot be stored, below.
	if (!(await takeHit(ctx.db, limitKey, TICKET_LIMIT.perHour, TICKET_LIMIT.windowMs, ctx.now)))
		return refusal(429, 'ticket_limit', 'ticketLimit');

	const article = input.articleId
		? content.article(input.articleId, input.locale)?.meta
		: undefined;
	const context = await visitContext(ctx, input.visit, input.readArticles, input.suggestedArticles);
	for (let attempt = 0; ; attempt++) {
		try {
			// in a statement of its own, so the counter's row is not held through the transaction; a number
			// taken by a ticket that is then not stored is skipped. Everything is known before the transaction,
			// which only writes: the due time under the service hours that come with the number.
			const { number, hours } = await takeTicketNumberAndHours(ctx.db);
			const dueAt = firstResponseDue(ctx.now, hours);
			const ticket = ticketRow({
				number,
				userId: user.id,
				subject: input.subject,
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
				now: ctx.now
			});
			await storeNewTicket(ctx.db, {
				ticket,
				body: input.message,
				files: files.files,
				hold: (trx) => holdQuota(trx, user, files.files),
				// the customer wrote once more: their place in the inbox order ("rarely writes first") moves
				since: ctx.now - FREQUENCY_WINDOW_MS,
				deflection: { locale: input.locale, articleId: article?.id ?? null },
				// the confirmation, as facts the mail worker writes in the customer's language when it sends it
				mail: factsMail(
					{
						kind: 'ticketCreated',
						locale: input.locale,
						to: user.email,
						name: user.name,
						ref: ticket.ref,
						subject: ticket.subject,
						callbackPhone: input.callbackPhone ?? null,
						dueAt,
						timeZone: slot?.timeZone ?? null,
						link: `${ctx.origin}/${input.locale}/support/${ticket.ref}`
					},
					ctx.now
				)
			});
			ticketChanged(ticket, 'created');
			return { ok: true, ticket, created: true };
		} catch (error) {
			// the same post sent again (a double click, a resent form): the ticket its first sending created
			if (input.idempotencyKey) {
				const earlier = await findByIdempotencyKey(ctx.db, user.id, input.idempotencyKey);
				if (earlier) {
					await refundHit(ctx.db, limitKey);
					return { ok: true, ticket: earlier, created: false };
				}
			}
			if (error instanceof OverQuota) {
				await refundHit(ctx.db, limitKey);
				return error.refusal;
			}
			// two tickets took the same number: retry
			if (attempt >= 4 || !/unique|duplicate/i.test(String((error as Error).message))) {
				await refundHit(ctx.db, limitKey);
				throw error;
			}
		}
	}
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
	ticketChanged(ticket, 'status');
	return true;
}

/**
 * What the contact form shows: the article it was opened from, the categories, one idempotency key per
 * rendering (a double click or a resent form creates one ticket) and the service hours.
 */
export async function contactPage(
	ctx: Ctx,
	user: SessionUser,
	locale: Locale,
	articleId: string | null
) {
	const id = articleId && content.hasArticle(articleId) ? articleId : undefined;
	const meta = id ? content.article(id, locale)!.meta : undefined;
	return {
		attached:
			id && meta
				? { ...articleLink(id, locale), updated: meta.updated, category: meta.category }
				: undefined,
		verified: user.emailVerified,
		categories: content
			.categoryIds()
			.map((c) => ({ id: c, title: content.category(c, locale)!.meta.title })),
		idempotencyKey: randomUUID().replace(/-/g, ''),
		hours: describeHours(await loadServiceSettings(ctx.db), locale)
	};
}
