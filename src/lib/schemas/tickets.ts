import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { integer, INT_MAX, TIME_MAX } from './integer';
import { MESSAGE_MAX } from './limits';
import { VISIT_ID } from './search';

const slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'unknownArticle'),
	v.maxLength(100, 'unknownArticle')
);
const optionalSlug = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.check((s) => !s || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), 'unknownArticle'),
	v.transform((s) => s || null)
);
const optionalText = (max: number) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.maxLength(max, `tooLong:${max}`),
		v.transform((s) => s || null)
	);

/** One key per rendering of a form: the same post sent twice (double click, resent form) counts once. */
const idempotencyKey = v.pipe(
	v.optional(v.string(), ''),
	v.check((s) => !s || /^[A-Za-z0-9_-]{8,64}$/.test(s), 'invalidRequest'),
	v.transform((s) => s || null)
);

/** POST /api/v1/tickets and the contact form (multipart; files are checked separately, from their content). */
export const TicketSchema = v.object({
	subject: v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(200, 'tooLong:200')
	),
	message: v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(MESSAGE_MAX, `tooLong:${MESSAGE_MAX}`)
	),
	locale: v.picklist(LOCALES, 'invalidLocale'),
	articleId: optionalSlug,
	category: optionalSlug,
	callbackPhone: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((s) => !s || /^\+?[0-9][0-9 ().-]{5,22}$/.test(s), 'invalidPhone'),
		v.transform((s) => s || null)
	),
	callbackWindow: optionalText(100),
	idempotencyKey,
	visit: v.pipe(
		v.optional(v.string(), ''),
		v.check((s) => !s || /^[A-Za-z0-9_-]{8,64}$/.test(s), 'invalidRequest'),
		v.transform((s) => s || null)
	),
	/** JSON list of articles read in this visit, [{id, locale}], kept by the browser. */
	readArticles: v.optional(v.string(), ''),
	/**
	 * JSON list of the articles the form suggested while the customer wrote, [{id, opened}]: they saw them
	 * (and perhaps opened them) and wrote anyway, which tells the agent what did not answer the question.
	 */
	suggestedArticles: v.optional(v.string(), '')
});

export const ReplySchema = v.object({
	message: v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(MESSAGE_MAX, `tooLong:${MESSAGE_MAX}`)
	),
	/** Optional: a reply posted again with the same key is stored once (answered 200 instead of 201). */
	idempotencyKey
});

export const DeflectionSchema = v.object({
	articleId: slug,
	locale: v.picklist(LOCALES, 'invalidLocale'),
	event: v.picklist(['suggested', 'opened', 'solved'], 'invalidRequest'),
	/** The tab's visit id: a visit counts each article's event once a day (without one, every post counts). */
	visit: v.optional(v.nullable(v.pipe(v.string(), v.regex(VISIT_ID, 'invalidRequest'))))
});

/** The multipart form POST /api/v1/tickets takes: the fields above, a call-back window and the files. */
export const TicketFormSchema = v.object({
	...TicketSchema.entries,
	/** A call-back window in `timeZone` (datetime-local values), read beside the schema. */
	callbackFrom: v.optional(v.string()),
	callbackTo: v.optional(v.string()),
	timeZone: v.optional(v.string()),
	/** Up to 5 files, 10 MB each: PNG, JPEG, WebP, GIF, PDF, plain text or MP4, MOV or WebM video, typed from their content. */
	files: v.optional(v.array(v.file()))
});

/** A customer's reply as a multipart form: the text and its files. */
export const ReplyFormSchema = v.object({
	...ReplySchema.entries,
	files: v.optional(v.array(v.file()))
});

/**
 * One entry of the contact form's `readArticles` (JSON list, kept by the browser per tab): an article page the
 * customer opened, and when (ms; older browsers' lists have no time). The same article appears once per view.
 */
export const ReadArticleSchema = v.object({
	id: slug,
	locale: v.picklist(LOCALES, 'invalidLocale'),
	at: v.optional(integer(0, TIME_MAX))
});

/** One entry of the contact form's `suggestedArticles`: an article it offered, and whether it was opened. */
export const SuggestedArticleSchema = v.object({
	id: slug,
	opened: v.optional(v.boolean(), false)
});

/**
 * The visit trail a ticket stores (`tickets.context`, JSON): what the customer did in the help centre before
 * writing. Searches in the order made, a repeat of the query just before counted on it (`count`); each article
 * once, with how often and when it was first and last read. Times in ms since the epoch, null when unknown.
 */
export interface VisitTrail {
	searches: {
		query: string;
		results: number;
		opened: string | null;
		at: number | null;
		count: number;
	}[];
	read: {
		id: string;
		locale: string;
		count: number;
		firstAt: number | null;
		lastAt: number | null;
	}[];
	/** Articles the contact form offered while the customer wrote, each once; they wrote anyway. */
	suggested: { id: string; opened: boolean }[];
}

// ---- responses ----

export const TICKET_STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export const timestamp = v.pipe(v.string(), v.isoTimestamp());
const count = integer(0, INT_MAX);
const version = integer(1, INT_MAX);
const status = v.picklist(TICKET_STATUSES);
/** null: the automatic order. */
export const priority = v.nullable(v.picklist(TICKET_PRIORITIES));
export const person = v.strictObject({ id: v.string(), name: v.string() });
export const customer = v.strictObject({
	id: v.string(),
	name: v.string(),
	email: v.nullable(v.string())
});
export const callbackState = v.nullable(v.picklist(['requested', 'done']));

/** POST /api/v1/tickets: 201, or 200 for an idempotencyKey sent again (the ticket it created). */
export const TicketCreatedSchema = v.strictObject({
	ref: v.string(),
	status,
	subject: v.string(),
	createdAt: timestamp,
	url: v.pipe(v.string(), v.description("The customer's page of the ticket."))
});

/** GET /api/v1/tickets: the caller's own tickets, newest activity first. */
export const TicketListSchema = v.strictObject({
	tickets: v.array(
		v.strictObject({
			ref: v.string(),
			subject: v.string(),
			status,
			locale: v.string(),
			updatedAt: timestamp,
			createdAt: timestamp
		})
	)
});

/** POST /api/v1/tickets/{ref}/messages: 201, or 200 for the same idempotencyKey again (nothing stored). */
export const MessageAddedSchema = v.strictObject({ ref: v.string(), status, version });

const attachment = v.strictObject({
	id: v.string(),
	filename: v.string(),
	contentType: v.string(),
	size: count,
	url: v.pipe(v.string(), v.description('GET it for the file.'))
});

/** GET /api/v1/attachments/{id}: the file itself, with the type sniffed when it was uploaded. */
export const AttachmentFileSchema = v.file();

/** GET /api/v1/tickets/{ref}: the ticket and its thread; the fields after `expectedBy` only for agents. */
export const TicketViewSchema = v.strictObject({
	ref: v.string(),
	subject: v.string(),
	status,
	locale: v.string(),
	category: v.nullable(v.string()),
	version,
	createdAt: timestamp,
	updatedAt: timestamp,
	article: v.pipe(
		v.nullable(
			v.strictObject({
				id: v.string(),
				locale: v.nullable(v.string()),
				updated: v.nullable(v.string()),
				title: v.string(),
				href: v.nullable(v.string())
			})
		),
		v.description('The article the customer was reading when they wrote.')
	),
	callback: v.nullable(
		v.strictObject({
			phone: v.string(),
			window: v.pipe(v.nullable(v.string()), v.description("The customer's note on when to call.")),
			start: v.nullable(timestamp),
			end: v.nullable(timestamp),
			timeZone: v.pipe(v.nullable(v.string()), v.description("The customer's IANA zone.")),
			state: callbackState
		})
	),
	expectedBy: v.pipe(
		v.nullable(timestamp),
		v.description("When support's next answer is due (service hours); null when nobody waits.")
	),
	customer: v.optional(customer),
	priority: v.optional(priority),
	assignee: v.optional(v.nullable(person)),
	team: v.pipe(v.optional(v.nullable(v.string())), v.description('A team id.')),
	waitingSince: v.optional(v.nullable(timestamp)),
	firstResponseAt: v.optional(v.nullable(timestamp)),
	solvedAt: v.optional(v.nullable(timestamp)),
	messages: v.array(
		v.strictObject({
			id: v.string(),
			author: v.picklist(['you', 'customer', 'support']),
			authorName: v.string(),
			body: v.pipe(v.string(), v.description('Plain text: never rendered as HTML or Markdown.')),
			internal: v.pipe(
				v.boolean(),
				v.description('An internal note (agents only ever see these).')
			),
			createdAt: timestamp,
			attachments: v.array(attachment)
		})
	)
});
