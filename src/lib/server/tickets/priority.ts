// The inbox order the support team promises customers: an agent's explicit priority first, then customers who
// rarely write before those who write daily, then the longest wait, then the nearest SLA due time. Pure, so the
// rule is one table of cases in priority.spec.ts.
import type { Priority } from '../db/schema';

export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
/** How far back "how often does this customer write" looks. */
export const FREQUENCY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface Rankable {
	ref: string;
	/** Set by an agent; null = automatic. */
	priority: Priority | null;
	/** The customer's tickets created in the last 30 days, this one included. */
	recentTickets: number;
	/** Since when the customer has waited for us; null when nobody waits (pending, solved). */
	awaitingSince: number | null;
	dueAt: number | null;
	createdAt: number;
}

/** Why a ticket is where it is, in order of weight; the UI and the API turn these into words. */
export type Reason =
	| { code: 'priority'; priority: Priority }
	| { code: 'frequency'; tickets: number }
	| { code: 'waiting'; minutes: number }
	| { code: 'due'; minutes: number }
	| { code: 'overdue'; minutes: number };

const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

function rank(t: Rankable): number {
	return PRIORITY_RANK[t.priority ?? 'normal'];
}

/** Negative when a comes first. */
export function compareTickets(a: Rankable, b: Rankable): number {
	return (
		rank(a) - rank(b) ||
		a.recentTickets - b.recentTickets ||
		(a.awaitingSince ?? Infinity) - (b.awaitingSince ?? Infinity) ||
		(a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) ||
		a.createdAt - b.createdAt ||
		a.ref.localeCompare(b.ref)
	);
}

export function reasonsFor(t: Rankable, now: number): Reason[] {
	const reasons: Reason[] = [];
	if (t.priority && t.priority !== 'normal')
		reasons.push({ code: 'priority', priority: t.priority });
	reasons.push({ code: 'frequency', tickets: t.recentTickets });
	if (t.awaitingSince !== null)
		reasons.push({
			code: 'waiting',
			minutes: Math.max(0, Math.floor((now - t.awaitingSince) / 60_000))
		});
	if (t.dueAt !== null) {
		const minutes = Math.round((t.dueAt - now) / 60_000);
		reasons.push(minutes >= 0 ? { code: 'due', minutes } : { code: 'overdue', minutes: -minutes });
	}
	return reasons;
}

export function prioritise<T extends Rankable>(
	tickets: T[],
	now: number
): (T & { position: number; reasons: Reason[] })[] {
	return [...tickets]
		.sort(compareTickets)
		.map((t, i) => ({ ...t, position: i + 1, reasons: reasonsFor(t, now) }));
}
