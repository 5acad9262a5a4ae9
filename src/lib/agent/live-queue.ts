// The inbox as it updates live (issue 18): fresh data comes in whenever a ticket changes, but rows never move
// under the agent's pointer, and tickets the agent has not seen yet wait behind a "3 new — show" bar instead of
// pushing the rows down. Pure, so the rules are tested without a browser.

export interface Arranged<T> {
	/** The rows to show, in this order. */
	rows: T[];
	/** Rows in the fresh data the agent has not been shown yet. */
	waiting: T[];
	/** Shown rows whose content changed since the last arrangement: the quiet cue. */
	changed: Set<string>;
}

/**
 * `fresh`: the queue as the server orders it now. `known`: the refs the agent has been shown. `held`: the order
 * of the rows as shown when the pointer came over them (null: the pointer is elsewhere, rows take their new
 * places). `before`: each shown row's content last time (by ref), to tell which changed.
 */
export function arrange<T extends { ref: string }>(
	fresh: readonly T[],
	known: ReadonlySet<string>,
	held: readonly string[] | null,
	before: ReadonlyMap<string, string> = new Map()
): Arranged<T> {
	const seen = fresh.filter((t) => known.has(t.ref));
	const waiting = fresh.filter((t) => !known.has(t.ref));
	let rows = seen;
	if (held) {
		const place = new Map(held.map((ref, i) => [ref, i]));
		// rows held keep their places; a known row that was not shown when the pointer came goes last
		rows = [...seen].sort(
			(a, b) => (place.get(a.ref) ?? held.length) - (place.get(b.ref) ?? held.length)
		);
	}
	const changed = new Set(
		rows
			.filter((t) => before.has(t.ref) && before.get(t.ref) !== JSON.stringify(t))
			.map((t) => t.ref)
	);
	return { rows, waiting, changed };
}

/** Each row's content, to compare with the next arrangement's. */
export function contents<T extends { ref: string }>(rows: readonly T[]): Map<string, string> {
	return new Map(rows.map((t) => [t.ref, JSON.stringify(t)]));
}

/** The page title with how many new tickets wait: "(3) Inbox · Workspace". */
export function titled(title: string, waiting: number): string {
	return waiting ? `(${waiting}) ${title}` : title;
}
