import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';

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

export const MESSAGE_MAX = 10_000;

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
	event: v.picklist(['suggested', 'opened', 'solved'], 'invalidRequest')
});

/**
 * One entry of the contact form's `readArticles` (JSON list, kept by the browser per tab): an article page the
 * customer opened, and when (ms; older browsers' lists have no time). The same article appears once per view.
 */
export const ReadArticleSchema = v.object({
	id: slug,
	locale: v.picklist(LOCALES, 'invalidLocale'),
	at: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)))
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
