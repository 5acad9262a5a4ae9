// The visit trail a ticket carries: what the customer searched and read before writing. The browser sends a
// raw list (one entry per page view, so the same article appears as often as it was opened); it is stored as a
// clean record, and a stored trail is read through the same normaliser, so tickets written before this shape
// (duplicates, no counts) read the same way.
import * as v from 'valibot';
import { ReadArticleSchema, SuggestedArticleSchema, type VisitTrail } from '$lib/schemas/tickets';

const MAX_SEARCHES = 30;
const MAX_ARTICLES = 20;
const MAX_SUGGESTED = 12;

const num = (x: unknown): number | null =>
	typeof x === 'number' && Number.isFinite(x)
		? x
		: typeof x === 'string' && /^\d+$/.test(x)
			? Number(x)
			: null;
const count = (x: unknown): number => {
	const n = num(x);
	return n !== null && n >= 1 ? Math.floor(n) : 1;
};
const record = (x: unknown): Record<string, unknown> | null =>
	x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : null;

/**
 * A trail from anything stored or sent: searches in the order made, a repeat of the query right before it
 * counted on that one (searching "refund" then "refund" again is one entry, ×2; "refund", "label", "refund"
 * stays three); each article once, with its reads counted and the first and last time. `isArticle` drops
 * articles that do not (or no longer) exist.
 */
export function normaliseTrail(raw: unknown, isArticle: (id: string) => boolean): VisitTrail {
	const input = record(raw) ?? {};
	const searches: VisitTrail['searches'] = [];
	for (const item of Array.isArray(input.searches) ? input.searches : []) {
		const s = record(item);
		if (!s || typeof s.query !== 'string' || !s.query.trim()) continue;
		const query = s.query.trim().slice(0, 200);
		const opened = typeof s.opened === 'string' && isArticle(s.opened) ? s.opened : null;
		const results = Math.max(0, num(s.results) ?? 0);
		const last = searches.at(-1);
		if (last && last.query.toLowerCase() === query.toLowerCase() && last.opened === opened) {
			last.count += count(s.count);
			continue;
		}
		searches.push({ query, results, opened, at: num(s.at), count: count(s.count) });
	}
	const byId = new Map<string, VisitTrail['read'][number]>();
	for (const item of Array.isArray(input.read) ? input.read : []) {
		const r = record(item);
		if (!r || typeof r.id !== 'string' || typeof r.locale !== 'string' || !isArticle(r.id))
			continue;
		const first = num(r.firstAt ?? r.at);
		const last = num(r.lastAt ?? r.at);
		const seen = byId.get(r.id);
		if (!seen) {
			byId.set(r.id, {
				id: r.id,
				locale: r.locale,
				count: count(r.count),
				firstAt: first,
				lastAt: last
			});
			continue;
		}
		seen.count += count(r.count);
		seen.locale = r.locale;
		if (first !== null)
			seen.firstAt = seen.firstAt === null ? first : Math.min(seen.firstAt, first);
		if (last !== null) seen.lastAt = seen.lastAt === null ? last : Math.max(seen.lastAt, last);
	}
	const suggested = new Map<string, { id: string; opened: boolean }>();
	for (const item of Array.isArray(input.suggested) ? input.suggested : []) {
		const r = record(item);
		if (!r || typeof r.id !== 'string' || !isArticle(r.id)) continue;
		const seen = suggested.get(r.id);
		suggested.set(r.id, { id: r.id, opened: (seen?.opened ?? false) || r.opened === true });
	}
	return {
		searches: searches.slice(-MAX_SEARCHES),
		read: [...byId.values()].slice(-MAX_ARTICLES),
		suggested: [...suggested.values()].slice(0, MAX_SUGGESTED)
	};
}

/** The valid entries of a JSON list the browser sent (the last 100); anything unreadable is none. */
function parseList<T>(json: string, schema: v.GenericSchema<unknown, T>): T[] {
	let list: unknown;
	try {
		list = JSON.parse(json || '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(list)) return [];
	return list.slice(-100).flatMap((x) => {
		const parsed = v.safeParse(schema, x);
		return parsed.success ? [parsed.output] : [];
	});
}

/** The contact form's `readArticles` (JSON, one entry per page view) as a list of valid views. */
export const parseReadArticles = (json: string) => parseList(json, ReadArticleSchema);

/** The contact form's `suggestedArticles` (JSON): the articles it offered, and which were opened. */
export const parseSuggestedArticles = (json: string) => parseList(json, SuggestedArticleSchema);

/** A stored `tickets.context` (JSON or null) as a trail; anything unreadable is an empty one. */
export function readTrail(stored: string | null, isArticle: (id: string) => boolean): VisitTrail {
	if (!stored) return { searches: [], read: [], suggested: [] };
	try {
		return normaliseTrail(JSON.parse(stored), isArticle);
	} catch {
		return { searches: [], read: [], suggested: [] };
	}
}
