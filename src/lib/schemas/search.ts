import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { integer, integerField } from './integer';

/** A tab's visit id (made by the page script): what ties its searches and reads to a ticket. */
export const VISIT_ID = /^[A-Za-z0-9_-]{8,64}$/;

const articleId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(100));

/** POST /api/v1/search-events: the final query of one search, sent by navigator.sendBeacon. */
export const SearchEventSchema = v.object({
	locale: v.picklist(LOCALES),
	query: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
	results: integer(0, 1000),
	opened: v.optional(v.nullable(articleId)),
	visit: v.optional(v.nullable(v.pipe(v.string(), v.regex(VISIT_ID))))
});

/** GET /api/v1/search?q=&locale=&limit= */
export const SearchQuerySchema = v.object({
	q: v.pipe(v.string(), v.trim(), v.maxLength(200)),
	locale: v.picklist(LOCALES),
	limit: v.optional(integerField(1, 50), 8)
});

/** A run of text, `hit` where it matches the query. */
const segment = v.strictObject({ text: v.string(), hit: v.boolean() });

/** GET /api/v1/search: the same results as the search box, best first; only confident ones (none is an answer). */
export const SearchResultsSchema = v.strictObject({
	query: v.string(),
	locale: v.picklist(LOCALES),
	results: v.array(
		v.strictObject({
			id: v.string(),
			score: v.pipe(
				v.number(),
				v.description(
					'How sure search is that the article answers the query, about 0.4 to 1.2: the share of the query’s discriminating words it matched, by how (exact, synonym, typo…) and where (title and keywords count most), plus phrase matches.'
				)
			),
			title: v.array(segment),
			snippet: v.array(segment),
			lang: v.pipe(
				v.optional(v.picklist(LOCALES)),
				v.description("Set when the article is in another language than the reader's.")
			),
			href: v.pipe(v.string(), v.description("The article's page."))
		})
	)
});

/**
 * POST /api/v1/views: one help-centre page view, sent with navigator.sendBeacon (JSON, often labelled
 * text/plain). Only daily counts are kept.
 */
export const PageViewSchema = v.object({
	locale: v.picklist(LOCALES),
	articleId: v.optional(v.string()),
	newVisit: v.optional(v.boolean()),
	/** The tab's visit id: a visit counts each page once a day (without one, every view counts). */
	visit: v.optional(v.nullable(v.pipe(v.string(), v.regex(VISIT_ID))))
});
