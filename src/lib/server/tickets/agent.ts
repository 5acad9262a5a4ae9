// The agent side of tickets: the prioritised queue, changes with an optimistic version check, replies and
// internal notes, call-back outcomes, delegation and the notifications they send. Every function takes the
// acting user and refuses anyone who is not an agent or admin.
import * as v from 'valibot';
import { isLocale, LOCALES, type Locale } from '$lib/i18n/locales';
import { isolate, isolateAll } from '$lib/i18n/isolate';
import type { TranslationFunctions } from '$locales/i18n-types';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import type { DB } from '../db';
import {
	changeTicket,
	listStaff,
	listTeams,
	queueRows,
	queueViewCounts,
	recentTicketCounts,
	ticketEvents,
	type EventRow,
	type QueueRow,
	type QueueView,
	type StaffMember,
	type Team,
	type TicketChange
} from '../db/agent';
import type { Priority, TicketStatus } from '../db/schema';
import { findTicket, insertMessage, type Ticket } from '../db/tickets';
import { findUserById } from '../db/users';
import { translator } from '../i18n';
import { enqueueMail } from '../mail/outbox';
import { scheduleSurvey } from '../surveys';
import { composeMail } from '../mail/templates';
import { fromZoned, isValidTimeZone } from '../service-hours';
import { acceptFiles, type Upload } from './files';
import { FREQUENCY_WINDOW_MS, PRIORITIES, prioritise, type Reason } from './priority';
import { checkReply, invalid, type Refusal } from './refusals';
import { loadServiceSettings, nextResponseDue } from '../service-hours';
import { expandTemplate, ticketValues } from './templates';
import { errorText, localizeIssues } from '../http/messages';

export const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'solved', 'closed'];
/** What an agent may set; "new" is only ever the state of an untouched ticket. */
export const SETTABLE_STATUSES: readonly TicketStatus[] = ['open', 'pending', 'solved', 'closed'];
export const AUTO_CLOSE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export function isStaff(user: Pick<SessionUser, 'role'>): boolean {
	return user.role === 'agent' || user.role === 'admin';
}

export function notFound(LL: TranslationFunctions): Refusal {
	return { ok: false, status: 404, code: 'not_found', message: LL.errors.notFound() };
}

export function forbidden(LL: TranslationFunctions): Refusal {
	return { ok: false, status: 403, code: 'forbidden', message: LL.errors.forbidden() };
}

/** The zone an agent reads times in: their own, else the team's (the service hours' zone). */
export async function agentTimeZone(db: DB, userId: string): Promise<string> {
	const me = await findUserById(db, userId);
	return me?.time_zone ?? (await loadServiceSettings(db)).timeZone;
}

// ---- durations and reasons in words ----

/** "45 min", "6 h", "3 d": the shortest honest unit. */
export function duration(minutes: number, LL: TranslationFunctions): string {
	const m = Math.max(0, Math.round(minutes));
	if (m < 60) return LL.agent.minutes({ n: m });
	if (m < 48 * 60) return LL.agent.hours({ n: Math.floor(m / 60) });
	return LL.agent.days({ n: Math.floor(m / (24 * 60)) });
}

export function reasonText(reason: Reason, LL: TranslationFunctions): string {
	switch (reason.code) {
		case 'priority':
			return LL.agent.reasonPriority({ priority: LL.agent.priorities[reason.priority]() });
		case 'frequency':
			return reason.tickets <= 1
				? LL.agent.reasonFirst()
				: LL.agent.reasonFrequent({ n: reason.tickets });
		case 'waiting':
			return LL.agent.reasonWaiting({ duration: duration(reason.minutes, LL) });
		case 'due':
			return LL.agent.reasonDue({ duration: duration(reason.minutes, LL) });
		case 'overdue':
			return LL.agent.reasonOverdue({ duration: duration(reason.minutes, LL) });
	}
}

// ---- the queue ----

export const QueueQuerySchema = v.object({
	view: v.optional(v.picklist(['all', 'mine', 'unassigned', 'team'], 'invalidRequest'), 'all'),
	locale: v.optional(
		v.union([v.literal(''), v.picklist(LOCALES, 'invalidLocale')], 'invalidLocale'),
		''
	),
	category: v.optional(v.pipe(v.string(), v.maxLength(100, 'tooLong:100')), ''),
	status: v.optional(
		v.pipe(
			v.string(),
			v.transform((s) => s.split(',').filter(Boolean)),
			v.check(
				(list) => list.every((s) => s === 'active' || STATUSES.includes(s as TicketStatus)),
				'invalidRequest'
			)
		),
		''
	),
	q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'tooLong:200')), ''),
	/** How many of the ordered tickets to return (the order is always computed over all of them). */
	limit: v.optional(
		v.pipe(
			v.string(),
			v.regex(/^\d{1,4}$/, 'invalidRequest'),
			v.transform(Number),
			v.minValue(1, 'invalidRequest'),
			v.maxValue(1000, 'invalidRequest')
		),
		'200'
	)
});
export type QueueQuery = v.InferOutput<typeof QueueQuerySchema>;

export interface QueueItem {
	ref: string;
	subject: string;
	status: TicketStatus;
	priority: Priority | null;
	locale: string;
	category: string | null;
	categoryName: string | null;
	customer: { id: string; name: string; email: string | null };
	assignee: { id: string; name: string } | null;
	team: { id: string; name: string } | null;
	article: { id: string; title: string } | null;
	recentTickets: number;
	position: number;
	reasons: (Reason & { text: string })[];
	why: string;
	waitingSince: string | null;
	dueAt: string | null;
	callback: CallbackInfo | null;
	createdAt: string;
	updatedAt: string;
	version: number;
}

export interface CallbackInfo {
	phone: string;
	note: string | null;
	state: 'requested' | 'done' | null;
	start: string | null;
	end: string | null;
	/** The customer's zone, as they gave it. */
	timeZone: string | null;
}

function callbackOf(t: Ticket): CallbackInfo | null {
	if (!t.callback_phone) return null;
	return {
		phone: t.callback_phone,
		note: t.callback_window || null,
		state: t.callback_state,
		start: t.callback_start ? iso(t.callback_start) : null,
		end: t.callback_end ? iso(t.callback_end) : null,
		timeZone: t.callback_tz
	};
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** The inbox in priority order, each ticket with the reasons for its place, and the call-backs still to make. */
export async function agentQueue(
	ctx: Ctx,
	user: SessionUser,
	query: QueueQuery,
	LL: TranslationFunctions
): Promise<
	| {
			tickets: QueueItem[];
			total: number;
			callbacks: QueueItem[];
			/** How many tickets each view holds under the same language, category, status and text filters. */
			views: Record<QueueView, number>;
	  }
	| Refusal
> {
	if (!isStaff(user)) return forbidden(LL);
	const statuses: TicketStatus[] = query.status.length
		? query.status.flatMap((s) => (s === 'active' ? ['new', 'open'] : [s as TicketStatus]))
		: ['new', 'open'];
	const filters = {
		userId: user.id,
		view: query.view,
		// the "team" view and its count ask which teams the agent is in
		teamIds: (await listTeams(ctx.db)).filter((t) => t.members.includes(user.id)).map((t) => t.id),
		locale: query.locale || undefined,
		category: query.category || undefined,
		q: query.q || undefined
	};
	const [rows, callbackRows, views] = await Promise.all([
		queueRows(ctx.db, { ...filters, status: [...new Set(statuses)] }),
		queueRows(ctx.db, {
			...filters,
			status: ['new', 'open', 'pending', 'solved'],
			callbacks: true
		}),
		queueViewCounts(ctx.db, { ...filters, status: [...new Set(statuses)] })
	]);
	const counts = await recentTicketCounts(
		ctx.db,
		[...rows, ...callbackRows].map((r) => r.user_id),
		ctx.now - FREQUENCY_WINDOW_MS
	);
	const items = (list: QueueRow[], limit = list.length) =>
		prioritise(
			list.map((r) => ({
				row: r,
				ref: r.ref,
				priority: r.priority,
				recentTickets: Math.max(1, counts.get(r.user_id) ?? 1),
				awaitingSince: r.awaiting_since === null ? null : Number(r.awaiting_since),
				dueAt: r.due_at === null ? null : Number(r.due_at),
				createdAt: Number(r.created_at)
			})),
			ctx.now
		)
			.slice(0, limit)
			.map((x): QueueItem => {
				const r = x.row;
				const locale: Locale = isLocale(r.locale) ? r.locale : 'en';
				const reasons = x.reasons.map((reason) => ({ ...reason, text: reasonText(reason, LL) }));
				return {
					ref: r.ref,
					subject: r.subject,
					status: r.status,
					priority: r.priority,
					locale: r.locale,
					category: r.category,
					categoryName: r.category
						? (content.category(r.category, locale)?.meta.title ?? r.category)
						: null,
					customer: { id: r.user_id, name: r.customer_name, email: r.customer_email },
					assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
					team: r.team_id ? { id: r.team_id, name: r.team_name ?? '' } : null,
					article: r.article_id
						? {
								id: r.article_id,
								title: content.article(r.article_id, locale)?.meta.title ?? r.article_id
							}
						: null,
					recentTickets: x.recentTickets,
					position: x.position,
					reasons,
					why: reasons.map((reason) => reason.text).join(' · '),
					waitingSince: iso(r.awaiting_since),
					dueAt: iso(r.due_at),
					callback: callbackOf(r),
					createdAt: iso(r.created_at)!,
					updatedAt: iso(r.updated_at)!,
					version: Number(r.version)
				};
			});
	const callbacks = items(callbackRows).sort(
		(a, b) =>
			(a.callback?.start ?? '9').localeCompare(b.callback?.start ?? '9') || a.position - b.position
	);
	// reasons and words only for the rows returned: the order itself needs every ticket
	return { tickets: items(rows, query.limit), total: rows.length, callbacks, views };
}

// ---- delegation ----

/** Who speaks a language: the agent's own UI language, plus the languages of their teams. */
function speaks(member: StaffMember, teams: Team[], locale: string): boolean {
	return (
		member.locale === locale ||
		teams.some((t) => member.teamIds.includes(t.id) && t.languages.includes(locale))
	);
}

/** The agent who speaks the ticket's language and has the fewest unfinished tickets; a team for its language and category. */
export function suggestAssignee(
	ticket: Pick<Ticket, 'locale' | 'category'>,
	staff: StaffMember[],
	teams: Team[]
): { agent: StaffMember | null; team: Team | null } {
	const speakers = staff.filter((m) => speaks(m, teams, ticket.locale));
	const agent =
		[...speakers].sort(
			(a, b) => a.openTickets - b.openTickets || a.name.localeCompare(b.name)
		)[0] ?? null;
	const team =
		teams.find(
			(t) =>
				t.languages.includes(ticket.locale) &&
				(!ticket.category || t.categories.includes(ticket.category))
		) ??
		teams.find((t) => t.languages.includes(ticket.locale) && t.categories.length === 0) ??
		null;
	return { agent, team };
}

// ---- changes (PATCH) ----

const optionalId = v.optional(
	v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(100, 'invalidRequest')))
);

export const TicketPatchSchema = v.object({
	version: v.pipe(
		v.unknown(),
		v.transform((x) => (typeof x === 'string' && x.trim() ? Number(x) : x)),
		v.number('versionRequired'),
		v.integer('versionRequired'),
		v.minValue(1, 'versionRequired')
	),
	status: v.optional(v.picklist(SETTABLE_STATUSES, 'invalidStatus')),
	priority: v.optional(
		v.nullable(
			v.pipe(
				v.string(),
				v.transform((s) => (s === '' || s === 'auto' ? null : s)),
				v.nullable(v.picklist(PRIORITIES, 'invalidPriority'))
			)
		)
	),
	assignee: optionalId,
	team: optionalId,
	note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000, 'tooLong:2000')), '')
});

export interface Conflict {
	ok: false;
	status: 409;
	code: 'conflict';
	message: string;
	changes: { kind: string; by: string | null; at: string; text: string }[];
	version: number;
	fields?: Record<string, string>;
}

/** What happened, in words, for the ticket log and for a stale editor. */
export function describeEvent(e: EventRow, LL: TranslationFunctions): string {
	const d = e.data as Record<string, { from?: unknown; to?: unknown } | unknown>;
	const parts: string[] = [];
	const pair = (key: string) => d[key] as { from: string | null; to: string | null } | undefined;
	const status = pair('status');
	if (status)
		parts.push(
			LL.agent.eventStatus({
				to: LL.agent.statuses[(status.to ?? 'open') as TicketStatus]()
			})
		);
	const priority = pair('priority');
	if (priority)
		parts.push(
			LL.agent.eventPriority({
				to: priority.to ? LL.agent.priorities[priority.to as Priority]() : LL.agent.priorityAuto()
			})
		);
	const assignee = d.assignee as { toName?: string | null } | undefined;
	if (assignee)
		parts.push(
			assignee.toName
				? LL.agent.eventAssigned({ name: assignee.toName })
				: LL.agent.eventUnassigned()
		);
	const team = d.team as { toName?: string | null } | undefined;
	if (team) parts.push(LL.agent.eventTeam({ name: team.toName ?? '—' }));
	if (e.kind === 'reply') parts.push(LL.agent.eventReply());
	if (e.kind === 'note') parts.push(LL.agent.eventNote());
	if (e.kind === 'customer_reply') parts.push(LL.agent.eventCustomerReply());
	if (e.kind === 'callback')
		parts.push(
			LL.agent.eventCallback({
				outcome: LL.agent.callbackOutcomes[d.outcome as CallbackOutcome]()
			})
		);
	if (e.kind === 'created') parts.push(LL.agent.eventCreated());
	if (typeof d.note === 'string' && d.note) parts.push(`“${d.note}”`);
	if (d.automatic === true) parts.push(LL.agent.eventAutomatic());
	return parts.join(' · ');
}

/** What changed since the version the agent saw, and the version it is at now. */
async function conflict(
	ctx: Ctx,
	ticket: Ticket,
	seen: number,
	LL: TranslationFunctions
): Promise<Conflict> {
	const events = await ticketEvents(ctx.db, ticket.id, seen);
	return {
		ok: false,
		status: 409,
		code: 'conflict',
		message: LL.agent.conflict(),
		version: ticket.version,
		changes: events.map((e) => ({
			kind: e.kind,
			by: e.actorName,
			at: new Date(e.createdAt).toISOString(),
			text: describeEvent(e, LL)
		}))
	};
}

/** The status change's side effects on the SLA clock. */
function statusChange(ticket: Ticket, to: TicketStatus, now: number): TicketChange {
	if (to === ticket.status) return {};
	const change: TicketChange = { status: to };
	if (to === 'solved')
		Object.assign(change, { solved_at: now, awaiting_since: null, due_at: null });
	if (to === 'pending' || to === 'closed')
		Object.assign(change, { awaiting_since: null, due_at: null });
	return change;
}

function assignmentMail(ctx: Ctx, to: StaffMember, by: SessionUser, ticket: Ticket, note: string) {
	const locale = isLocale(to.locale) ? to.locale : 'en';
	const LL = translator(locale);
	return composeMail(LL, {
		locale,
		to: to.email ?? '',
		subject: LL.mail.assignedSubject(isolateAll({ ref: ticket.ref, subject: ticket.subject })),
		name: to.name,
		paragraphs: [
			LL.mail.assignedText(isolateAll({ ref: ticket.ref, name: by.name })),
			...(note ? [{ typed: note }] : [])
		],
		link: `${ctx.origin}/agent/tickets/${ticket.ref}`
	});
}

export async function patchTicket(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>,
	LL: TranslationFunctions
): Promise<{ ok: true; ticket: Ticket } | Refusal | Conflict> {
	if (!isStaff(user)) return forbidden(LL);
	const ticket = await findTicket(ctx.db, user, ref);
	if (!ticket) return notFound(LL);
	if (raw.version === undefined || raw.version === null || raw.version === '')
		return invalid(LL, { version: LL.errors.versionRequired() });
	const parsed = v.safeParse(TicketPatchSchema, raw);
	if (!parsed.success) return invalid(LL, localizeIssues(parsed.issues, LL));
	const input = parsed.output;
	// judged against what the agent saw: somebody else's change comes first, before any other complaint
	if (input.version !== ticket.version) return conflict(ctx, ticket, input.version, LL);
	const [staff, teams] = await Promise.all([listStaff(ctx.db), listTeams(ctx.db)]);
	const fields: Record<string, string> = {};
	const assignee =
		input.assignee === undefined
			? undefined
			: input.assignee
				? staff.find((s) => s.id === input.assignee || s.email === input.assignee)
				: null;
	if (input.assignee && !assignee) fields.assignee = LL.errors.unknownAgent();
	const team =
		input.team === undefined
			? undefined
			: input.team
				? teams.find((t) => t.id === input.team)
				: null;
	if (input.team && !team) fields.team = LL.errors.unknownTeam();
	const reassigning =
		assignee !== undefined &&
		ticket.assignee_id !== null &&
		(assignee?.id ?? null) !== ticket.assignee_id;
	if (reassigning && !input.note) fields.note = LL.errors.reassignNote();
	if (Object.keys(fields).length) return invalid(LL, fields);

	const change: TicketChange = {};
	const data: Record<string, unknown> = {};
	if (input.status && input.status !== ticket.status) {
		Object.assign(change, statusChange(ticket, input.status, ctx.now));
		data.status = { from: ticket.status, to: input.status };
	}
	if (input.priority !== undefined && input.priority !== ticket.priority) {
		change.priority = input.priority;
		data.priority = { from: ticket.priority, to: input.priority };
	}
	if (assignee !== undefined && (assignee?.id ?? null) !== ticket.assignee_id) {
		change.assignee_id = assignee?.id ?? null;
		data.assignee = {
			from: ticket.assignee_id,
			to: assignee?.id ?? null,
			toName: assignee?.name ?? null
		};
		// somebody took it: it is no longer untouched
		if (ticket.status === 'new' && !change.status) {
			change.status = 'open';
			data.status = { from: 'new', to: 'open' };
		}
	}
	if (team !== undefined && (team?.id ?? null) !== ticket.team_id) {
		change.team_id = team?.id ?? null;
		data.team = { from: ticket.team_id, to: team?.id ?? null, toName: team?.name ?? null };
	}
	if (input.note) data.note = input.note;
	if (Object.keys(change).length === 0) return { ok: true, ticket };
	const applied = await ctx.db.transaction().execute(async (trx) => {
		const version = await changeTicket(
			trx,
			ticket.id,
			input.version,
			change,
			{ kind: 'update', data },
			user.id,
			ctx.now
		);
		if (version === null) return false;
		if (assignee && assignee.id !== user.id && assignee.email)
			await enqueueMail(trx, assignmentMail(ctx, assignee, user, ticket, input.note), ctx.now);
		return true;
	});
	// somebody else was first in between: judged against the ticket as it is now
	if (!applied) return conflict(ctx, (await findTicket(ctx.db, user, ref))!, input.version, LL);
	if (input.status === 'solved') await scheduleSurvey(ctx, ticket.id);
	return { ok: true, ticket: (await findTicket(ctx.db, user, ref))! };
}

// ---- replies and internal notes ----

const truthy = (x: unknown) => x === true || x === 'true' || x === '1' || x === 'on';

export async function agentReply(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>,
	uploads: Upload[],
	LL: TranslationFunctions
): Promise<{ ok: true; ticket: Ticket; messageId: string } | Refusal | Conflict> {
	if (!isStaff(user)) return forbidden(LL);
	const ticket = await findTicket(ctx.db, user, ref);
	if (!ticket) return notFound(LL);
	const customer = await findUserById(ctx.db, ticket.user_id);
	const internal = truthy(raw.internal);
	const fields: Record<string, string> = {};
	let message = typeof raw.message === 'string' ? raw.message.trim() : '';
	if (raw.message !== undefined && typeof raw.message !== 'string')
		fields.message = LL.errors.invalidRequest();
	const expanded = expandTemplate(message, ticketValues(ticket, customer?.name ?? '', ctx.origin));
	if (!expanded.ok)
		fields.message = LL.errors.unknownPlaceholder({ names: expanded.unknown.join(', ') });
	else message = expanded.text;

	const statusRaw = raw.status === '' ? undefined : raw.status;
	if (statusRaw !== undefined && !SETTABLE_STATUSES.includes(statusRaw as TicketStatus))
		fields.status = LL.errors.invalidStatus();
	let seen: number | null = null;
	if (raw.version !== undefined && raw.version !== '') {
		seen = Number(raw.version);
		if (!Number.isInteger(seen) || seen < 1) fields.version = LL.errors.versionRequired();
	}
	const files = acceptFiles(uploads);
	checkReply(message, files, LL, fields);
	if (Object.keys(fields).length || !files.ok) return invalid(LL, fields);

	const status = statusRaw as TicketStatus | undefined;
	const change: TicketChange = internal
		? status
			? statusChange(ticket, status, ctx.now)
			: {}
		: {
				...statusChange(ticket, status ?? 'pending', ctx.now),
				// an answer stops the clock; the customer is no longer waiting on us
				awaiting_since: null,
				due_at: null,
				agentReply: true,
				...(ticket.first_response_at === null ? { first_response_at: ctx.now } : {}),
				...(ticket.assignee_id === null ? { assignee_id: user.id } : {})
			};
	const result = await ctx.db
		.transaction()
		.execute(async (trx) => {
			const messageId = await insertMessage(
				trx,
				ticket.id,
				user.id,
				message,
				files.files,
				ctx.now,
				internal
			);
			const version = await changeTicket(
				trx,
				ticket.id,
				seen,
				change,
				{
					kind: internal ? 'note' : 'reply',
					data: {
						messageId,
						...(change.status ? { status: { from: ticket.status, to: change.status } } : {}),
						// whether this answer met the SLA the customer was waiting under (for the reports)
						...(!internal && ticket.awaiting_since !== null && ticket.due_at !== null
							? {
									sla: {
										first: ticket.first_response_at === null,
										due: Number(ticket.due_at),
										onTime: ctx.now <= Number(ticket.due_at)
									}
								}
							: {})
					}
				},
				user.id,
				ctx.now
			);
			if (version === null) {
				// the whole reply waits: the agent sees what changed first
				throw new StaleVersion();
			}
			if (!internal && customer?.email) {
				const mailLocale = isLocale(ticket.locale) ? ticket.locale : 'en';
				const mailLL = translator(mailLocale);
				await enqueueMail(
					trx,
					composeMail(mailLL, {
						locale: mailLocale,
						to: customer.email,
						subject: mailLL.mail.replySubject(
							isolateAll({ ref: ticket.ref, subject: ticket.subject })
						),
						name: customer.name,
						paragraphs: [
							mailLL.mail.replyText({ ref: isolate(ticket.ref) }),
							{ typed: message },
							mailLL.mail.replyLink()
						],
						link: `${ctx.origin}/${mailLocale}/support/${ticket.ref}`
					}),
					ctx.now
				);
			}
			return messageId;
		})
		.catch((error: unknown) => {
			if (error instanceof StaleVersion) return null;
			throw error;
		});
	if (result === null)
		return conflict(ctx, (await findTicket(ctx.db, user, ref))!, seen ?? ticket.version, LL);
	if (change.status === 'solved') await scheduleSurvey(ctx, ticket.id);
	return { ok: true, ticket: (await findTicket(ctx.db, user, ref))!, messageId: result };
}

class StaleVersion extends Error {}

// ---- the customer's side of the clock ----

/**
 * A customer wrote again: the clock restarts (next-response target) unless it is already running, a solved or
 * closed ticket reopens, and the assignee hears about it. Inside the caller's transaction.
 */
export async function customerReplied(
	ctx: Ctx,
	trx: Ctx['db'],
	ticket: Ticket,
	messageId: string,
	customerName: string
): Promise<void> {
	const reopen = ['pending', 'solved', 'closed'].includes(ticket.status);
	const waiting = ticket.awaiting_since !== null;
	// the clock restarts only when it is not already running: only then are the service hours needed
	const dueAt = waiting ? null : nextResponseDue(ctx.now, await loadServiceSettings(trx));
	await changeTicket(
		trx,
		ticket.id,
		null,
		{
			...(reopen ? { status: 'open' as const } : {}),
			...(dueAt === null ? {} : { awaiting_since: ctx.now, due_at: dueAt }),
			reopen: ticket.status === 'solved' || ticket.status === 'closed'
		},
		{
			kind: 'customer_reply',
			data: { messageId, ...(reopen ? { status: { from: ticket.status, to: 'open' } } : {}) }
		},
		ticket.user_id,
		ctx.now
	);
	if (ticket.assignee_id) {
		const agent = await findUserById(trx, ticket.assignee_id);
		if (agent?.email) {
			const locale = isLocale(agent.locale) ? agent.locale : 'en';
			const LL = translator(locale);
			await enqueueMail(
				trx,
				composeMail(LL, {
					locale,
					to: agent.email,
					subject: LL.mail.customerReplySubject(
						isolateAll({ ref: ticket.ref, subject: ticket.subject })
					),
					name: agent.name,
					paragraphs: [
						LL.mail.customerReplyText(isolateAll({ ref: ticket.ref, name: customerName }))
					],
					link: `${ctx.origin}/agent/tickets/${ticket.ref}`
				}),
				ctx.now
			);
		}
	}
}

// ---- call-backs ----

export const CALLBACK_OUTCOMES = ['called', 'no_answer', 'rescheduled'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

const localDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** A call-back window from two datetime-local values in a zone, checked: both or neither, in order, not past. */
export function callbackWindow(
	fromRaw: unknown,
	toRaw: unknown,
	zone: unknown,
	now: number
):
	| { ok: true; window: { start: number; end: number; timeZone: string } | null }
	| {
			ok: false;
			field: string;
			error: 'invalidDateTime' | 'endBeforeStart' | 'inPast' | 'invalidTimeZone' | 'tooFarAhead';
	  } {
	const from = typeof fromRaw === 'string' ? fromRaw.trim() : '';
	const to = typeof toRaw === 'string' ? toRaw.trim() : '';
	if (!from && !to) return { ok: true, window: null };
	const tz = typeof zone === 'string' && zone ? zone : 'UTC';
	if (!isValidTimeZone(tz)) return { ok: false, field: 'timeZone', error: 'invalidTimeZone' };
	const a = localDateTime.exec(from);
	if (!a) return { ok: false, field: 'callbackFrom', error: 'invalidDateTime' };
	const b = localDateTime.exec(to) ?? (/^\d{2}:\d{2}$/.test(to) ? [to, a[1]!, to] : null);
	if (!b) return { ok: false, field: 'callbackTo', error: 'invalidDateTime' };
	const start = fromZoned(a[1]!, a[2]!, tz);
	const end = fromZoned(b[1]!, b[2]!, tz);
	if (!Number.isFinite(start))
		return { ok: false, field: 'callbackFrom', error: 'invalidDateTime' };
	if (!Number.isFinite(end)) return { ok: false, field: 'callbackTo', error: 'invalidDateTime' };
	if (end <= start) return { ok: false, field: 'callbackTo', error: 'endBeforeStart' };
	if (end < now) return { ok: false, field: 'callbackFrom', error: 'inPast' };
	if (start - now > 60 * 24 * 60 * 60 * 1000)
		return { ok: false, field: 'callbackFrom', error: 'tooFarAhead' };
	return { ok: true, window: { start, end, timeZone: tz } };
}

/** A call-back's outcome; a new window is read in `timeZone` when given, else in the agent's own zone. */
export async function logCallback(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>,
	LL: TranslationFunctions
): Promise<{ ok: true; ticket: Ticket } | Refusal> {
	if (!isStaff(user)) return forbidden(LL);
	const ticket = await findTicket(ctx.db, user, ref);
	if (!ticket) return notFound(LL);
	const fields: Record<string, string> = {};
	if (!ticket.callback_phone) return invalid(LL, { outcome: LL.errors.noCallback() });
	const outcome = raw.outcome as CallbackOutcome;
	if (!CALLBACK_OUTCOMES.includes(outcome)) fields.outcome = LL.errors.invalidRequest();
	const note = typeof raw.note === 'string' ? raw.note.trim() : '';
	if (note.length > 2000) fields.note = errorText('tooLong:2000', LL);
	let window: { start: number; end: number; timeZone: string } | null = null;
	if (outcome === 'rescheduled') {
		const checked = callbackWindow(
			raw.callbackFrom,
			raw.callbackTo,
			raw.timeZone || (await agentTimeZone(ctx.db, user.id)),
			ctx.now
		);
		if (!checked.ok) fields[checked.field] = errorText(checked.error, LL);
		else if (!checked.window) fields.callbackFrom = LL.errors.required();
		else window = checked.window;
	}
	if (Object.keys(fields).length) return invalid(LL, fields);
	await ctx.db.transaction().execute(async (trx) => {
		await changeTicket(
			trx,
			ticket.id,
			null,
			{
				callback_state: outcome === 'called' ? 'done' : 'requested',
				...(window ? { callback_start: window.start, callback_end: window.end } : {})
			},
			{
				kind: 'callback',
				data: {
					outcome,
					note,
					...(window
						? { start: iso(window.start), end: iso(window.end), timeZone: window.timeZone }
						: {})
				}
			},
			user.id,
			ctx.now
		);
	});
	return { ok: true, ticket: (await findTicket(ctx.db, user, ref))! };
}
