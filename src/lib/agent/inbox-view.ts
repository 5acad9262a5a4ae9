// What the agent's inbox shows, worked out from its data: filter addresses, labels, how long a ticket waits
// and when it is due, and call-back windows in a time zone.
import type { TranslationFunctions } from '$locales/i18n-types';

export type View = 'all' | 'mine' | 'unassigned' | 'team';
export const VIEWS: View[] = ['all', 'mine', 'unassigned', 'team'];

export interface Filters {
	view?: string;
	locale?: string;
	category?: string;
	status?: string;
	q?: string;
}

/** How many tickets the inbox shows at first, and how many more each "show more" adds. */
export const INBOX_PAGE = 50;
/** The most the inbox (and the queue API) returns at once. */
export const INBOX_MAX = 1000;

/**
 * A filter URL without its defaults, so the address bar says only what differs from the plain inbox; `limit`,
 * how many of the ordered tickets to show when more than a page.
 */
export function queueHref(params: Filters & { limit?: string }): string {
	const search: string[] = [];
	for (const key of ['view', 'locale', 'category', 'status', 'q', 'limit'] as const) {
		const value = params[key]?.trim();
		if (
			value &&
			!(key === 'view' && value === 'all') &&
			!(key === 'status' && value === 'active') &&
			!(key === 'limit' && value === String(INBOX_PAGE))
		)
			search.push(`${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`);
	}
	return search.length ? `/agent?${search.join('&')}` : '/agent';
}

/** The same inbox with another page of tickets below the `shown` ones, or null when it holds no more. */
export function moreHref(filters: Filters, shown: number, total: number): string | null {
	if (shown >= total || shown >= INBOX_MAX) return null;
	return queueHref({ ...filters, limit: String(Math.min(shown + INBOX_PAGE, INBOX_MAX)) });
}

/** The filter form's fields as a filter URL (the ticked status chips joined into one). */
export function formHref(fields: FormData): string {
	const text = (name: string) => String(fields.get(name) ?? '');
	return queueHref({
		view: text('view'),
		locale: text('locale'),
		category: text('category'),
		status: fields.getAll('status').map(String).join(','),
		q: text('q')
	});
}

/** The status chips ticked: the filter's, or "needs an answer" when it sets none. */
export const selectedStatuses = (filters: Filters) =>
	filters.status ? filters.status.split(',') : ['active'];

/** Whether the list is narrowed by more than its view (so "clear" has something to clear). */
export const isFiltered = (filters: Filters) =>
	Boolean(
		filters.locale ||
		filters.category ||
		filters.q ||
		(filters.status && filters.status !== 'active')
	);

export const viewLabel = (v: View, LL: TranslationFunctions) =>
	({
		all: LL.agent.viewAll(),
		mine: LL.agent.viewMine(),
		unassigned: LL.agent.viewUnassigned(),
		team: LL.agent.viewTeam()
	})[v];

export const statusLabel = (s: string, LL: TranslationFunctions) =>
	s === 'active'
		? LL.agent.statusActive()
		: LL.agent.statuses[s as keyof typeof LL.agent.statuses]();

/**
 * The translations every row of the inbox uses, looked up once per translator: each lookup through it builds
 * functions anew, which for hundreds of rows costs more than drawing them.
 */
const rowWords = new WeakMap<TranslationFunctions, ReturnType<typeof lookUp>>();
const lookUp = (LL: TranslationFunctions) => {
	const a = LL.agent;
	return {
		minutes: a.minutes,
		hours: a.hours,
		days: a.days,
		due: a.reasonDue,
		overdue: a.reasonOverdue,
		durations: new Map<string, string>()
	};
};
function words(LL: TranslationFunctions) {
	let w = rowWords.get(LL);
	if (!w) rowWords.set(LL, (w = lookUp(LL)));
	return w;
}

/** The same shortest honest unit as the reasons ("45 min", "6 h", "3 d"), each written once. */
export function duration(minutes: number, LL: TranslationFunctions) {
	const w = words(LL);
	const [unit, n] =
		minutes < 60
			? (['minutes', minutes] as const)
			: minutes < 48 * 60
				? (['hours', Math.floor(minutes / 60)] as const)
				: (['days', Math.floor(minutes / (24 * 60))] as const);
	const key = `${unit}${n}`;
	let text = w.durations.get(key);
	if (text === undefined) {
		if (w.durations.size > 1000) w.durations.clear();
		w.durations.set(key, (text = w[unit]({ n })));
	}
	return text;
}

type Reason = { code: string; minutes?: number; text?: string };
const minutesOf = (reasons: readonly Reason[], code: string) =>
	reasons.find((r) => r.code === code)?.minutes;

/** How long the customer has waited, or null when nobody waits for an answer. */
export function waiting(reasons: readonly Reason[], LL: TranslationFunctions): string | null {
	const minutes = minutesOf(reasons, 'waiting');
	return minutes === undefined ? null : duration(minutes, LL);
}

/** When the answer is due, or how late it is. */
export function due(
	reasons: readonly Reason[],
	LL: TranslationFunctions
): { late: boolean; text: string } | null {
	// a reason in words already says it (tickets/words.ts: the same words)
	const reason = reasons.find((r) => r.code === 'due' || r.code === 'overdue');
	if (reason?.minutes === undefined) return null;
	const late = reason.code === 'overdue';
	const say = late ? words(LL).overdue : words(LL).due;
	return { late, text: reason.text ?? say({ duration: duration(reason.minutes, LL) }) };
}

/** A phone number reads left to right in every language: isolated, as <bdi dir="ltr"> would. */
export const isolatedLtr = (text: string) =>
	String.fromCharCode(0x2066) + text + String.fromCharCode(0x2069);

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

/** Short date and time in a time zone ("Tue, 8 Dec, 10:00"); `range` keeps one date for a window within a day. */
export function zoned(locale: string) {
	// built once per language and zone: the inbox formats a due time on each of its rows
	const format = (timeZone: string) => {
		const key = `${locale}|${timeZone}`;
		let f = zonedFormats.get(key);
		if (!f) {
			if (zonedFormats.size > 200) zonedFormats.clear();
			f = new Intl.DateTimeFormat(locale, {
				weekday: 'short',
				day: 'numeric',
				month: 'short',
				hour: '2-digit',
				minute: '2-digit',
				timeZone
			});
			zonedFormats.set(key, f);
		}
		return f;
	};
	return {
		at: (iso: string, timeZone: string) => format(timeZone).format(new Date(iso)),
		range: (start: string, end: string, timeZone: string) =>
			format(timeZone).formatRange(new Date(start), new Date(end))
	};
}
