// Requests of the agent workspace: the inbox query, a ticket change (PATCH) and the values they accept.
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { integer, integerField, INT_MAX } from './integer';
import { MESSAGE_MAX } from './limits';
import { callbackState, customer, person, priority, TICKET_STATUSES, timestamp } from './tickets';

export const STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;
/** What an agent may set; "new" is only ever the state of an untouched ticket. */
export const SETTABLE_STATUSES = ['open', 'pending', 'solved', 'closed'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const CALLBACK_OUTCOMES = ['called', 'no_answer', 'rescheduled'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

const isStatus = (s: string) => (STATUSES as readonly string[]).includes(s);

/** GET /api/v1/agent/queue and the inbox page's filters. */
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
			v.check((list) => list.every((s) => s === 'active' || isStatus(s)), 'invalidRequest')
		),
		''
	),
	q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'tooLong:200')), ''),
	/** How many of the ordered tickets to return (the order is always computed over all of them). */
	limit: v.optional(integerField(1, 1000, 'invalidRequest'), 200)
});
export type QueueQuery = v.InferOutput<typeof QueueQuerySchema>;

const optionalId = v.optional(
	v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(100, 'invalidRequest')))
);

/** The version of a ticket an agent saw (a number, or its digits from a form): what a change is judged against. */
export const ticketVersion = integerField(1, INT_MAX, 'versionRequired');

/** PATCH /api/v1/tickets/{ref} and the ticket page's update form: the version the agent saw, and the changes. */
export const TicketPatchSchema = v.object({
	version: ticketVersion,
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

// The agent side of the API's answers and bodies: the queue, replies and internal notes, call-back outcomes.

const count = integer(0, INT_MAX);
const version = integer(1, INT_MAX);
const minutes = integer(0, INT_MAX);
/** What an agent may set; "new" is only ever the state of an untouched ticket. */
const settable = v.picklist(['open', 'pending', 'solved', 'closed']);

/**
 * POST /api/v1/tickets/{ref}/replies: an agent's reply (emailed to the customer) or internal note. JSON, or a
 * multipart form with files. Placeholders {{customer.name}}, {{ticket.ref}}, {{article:<id>}} are filled in.
 */
export const AgentReplySchema = v.object({
	message: v.pipe(v.string(), v.maxLength(MESSAGE_MAX)),
	/** true (or "true", "1", "on"): an internal note, never shown or sent to the customer. */
	internal: v.optional(v.union([v.boolean(), v.string()])),
	/** The status after the reply: default pending (a note keeps the status). */
	status: v.optional(v.union([settable, v.literal('')])),
	/** The version the agent saw: a stale one is refused with 409. */
	version: v.optional(v.union([v.literal(''), ticketVersion])),
	files: v.optional(v.array(v.file()))
});

/** POST /api/v1/tickets/{ref}/callbacks: a call-back's outcome; a new window for `rescheduled`. */
export const CallbackOutcomeSchema = v.object({
	outcome: v.picklist(CALLBACK_OUTCOMES),
	note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
	/** datetime-local values, e.g. 2026-11-24T14:00, read in `timeZone` (default the agent's own zone). */
	callbackFrom: v.optional(v.string()),
	callbackTo: v.optional(v.string()),
	timeZone: v.optional(v.string())
});

export const AgentReplyResultSchema = v.strictObject({
	ref: v.string(),
	status: v.picklist(TICKET_STATUSES),
	version,
	messageId: v.string()
});

export const CallbackResultSchema = v.strictObject({
	ref: v.string(),
	callbackState,
	version
});

/** Why a ticket is where it is in the queue, most weighty first; `text` in the agent's language. */
const reason = v.variant('code', [
	v.strictObject({
		code: v.literal('priority'),
		priority: v.picklist(['low', 'normal', 'high', 'urgent']),
		text: v.string()
	}),
	v.strictObject({ code: v.literal('frequency'), tickets: count, text: v.string() }),
	v.strictObject({ code: v.picklist(['waiting', 'due', 'overdue']), minutes, text: v.string() })
]);

export const QueueItemSchema = v.strictObject({
	ref: v.string(),
	subject: v.string(),
	status: v.picklist(TICKET_STATUSES),
	priority,
	locale: v.string(),
	category: v.nullable(v.string()),
	categoryName: v.nullable(v.string()),
	customer,
	assignee: v.nullable(person),
	team: v.nullable(person),
	article: v.nullable(v.strictObject({ id: v.string(), title: v.string() })),
	recentTickets: v.pipe(
		count,
		v.description("The customer's tickets in the last 30 days, this one included.")
	),
	position: integer(1, INT_MAX),
	reasons: v.array(reason),
	why: v.pipe(
		v.string(),
		v.description(
			'The reasons\' texts joined, e.g. "first ticket this month · waiting 6 h · due in 2 h".'
		)
	),
	waitingSince: v.nullable(timestamp),
	dueAt: v.nullable(timestamp),
	callback: v.nullable(
		v.strictObject({
			phone: v.string(),
			note: v.nullable(v.string()),
			state: callbackState,
			start: v.nullable(timestamp),
			end: v.nullable(timestamp),
			timeZone: v.pipe(
				v.nullable(v.string()),
				v.description("The customer's zone, as they gave it.")
			)
		})
	),
	createdAt: timestamp,
	updatedAt: timestamp,
	version
});

/** GET /api/v1/agent/queue */
export const QueueSchema = v.strictObject({
	tickets: v.pipe(
		v.array(QueueItemSchema),
		v.description('The first `limit` tickets of the order.')
	),
	total: v.pipe(count, v.description('How many tickets the order holds.')),
	callbacks: v.pipe(
		v.array(QueueItemSchema),
		v.description('Call-backs still to make, earliest window first.')
	),
	views: v.pipe(
		v.strictObject({ all: count, mine: count, unassigned: count, team: count }),
		v.description(
			'How many tickets each view holds under the same language, category, status and text filters.'
		)
	)
});
