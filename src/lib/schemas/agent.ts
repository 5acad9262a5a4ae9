// Requests of the agent workspace: the inbox query, a ticket change (PATCH) and the values they accept.
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';

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

const optionalId = v.optional(
	v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(100, 'invalidRequest')))
);

/** PATCH /api/v1/tickets/{ref} and the ticket page's update form: the version the agent saw, and the changes. */
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
