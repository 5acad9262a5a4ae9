// Tickets in the reader's words: durations, why a ticket sits where it does in the inbox and what an event did.
// Services return codes and data; the routes (and views) call these with the reader's translator.
import type { TranslationFunctions } from '$locales/i18n-types';
import type { CallbackOutcome } from '$lib/schemas/agent';

type Status = keyof TranslationFunctions['agent']['statuses'];
type Priority = keyof TranslationFunctions['agent']['priorities'];

/** Why a ticket is where it is in the inbox (tickets/queue.ts decides), in order of weight. */
export type Reason =
	| { code: 'priority'; priority: Priority }
	| { code: 'frequency'; tickets: number }
	| { code: 'waiting'; minutes: number }
	| { code: 'due'; minutes: number }
	| { code: 'overdue'; minutes: number };

/** "45 min", "6 h", "3 d": the shortest honest unit. */
export function duration(minutes: number, LL: TranslationFunctions): string {
	return durationWith(minutes, reasonWords(LL));
}

/**
 * The translations the reasons are written with, looked up once: each lookup through the translator builds
 * proxies and functions anew, which for a queue of hundreds of reasons cost more than all the rest of it.
 */
function reasonWords(LL: TranslationFunctions) {
	const a = LL.agent;
	return {
		minutes: a.minutes,
		hours: a.hours,
		days: a.days,
		priority: a.reasonPriority,
		priorities: a.priorities,
		first: a.reasonFirst,
		frequent: a.reasonFrequent,
		waiting: a.reasonWaiting,
		due: a.reasonDue,
		overdue: a.reasonOverdue
	};
}
type ReasonWords = ReturnType<typeof reasonWords>;

/** A duration as the unit it is said in and the number of them ("45 min", "6 h", "3 d"). */
function durationParts(minutes: number): ['minutes' | 'hours' | 'days', number] {
	const m = Math.max(0, Math.round(minutes));
	if (m < 60) return ['minutes', m];
	if (m < 48 * 60) return ['hours', Math.floor(m / 60)];
	return ['days', Math.floor(m / (24 * 60))];
}

function durationWith(minutes: number, w: ReasonWords): string {
	const [unit, n] = durationParts(minutes);
	return w[unit]({ n });
}

/** What a reason's text depends on: reasons with the same key read the same. */
function reasonKey(reason: Reason): string {
	switch (reason.code) {
		case 'priority':
			return `p${reason.priority}`;
		case 'frequency':
			return `f${reason.tickets}`;
		default: {
			const [unit, n] = durationParts(reason.minutes);
			return `${reason.code}${unit}${n}`;
		}
	}
}

export function reasonText(reason: Reason, LL: TranslationFunctions): string {
	return reasonTextWith(reason, reasonWords(LL));
}

function reasonTextWith(reason: Reason, w: ReasonWords): string {
	switch (reason.code) {
		case 'priority':
			return w.priority({ priority: w.priorities[reason.priority]() });
		case 'frequency':
			return reason.tickets <= 1 ? w.first() : w.frequent({ n: reason.tickets });
		case 'waiting':
			return w.waiting({ duration: durationWith(reason.minutes, w) });
		case 'due':
			return w.due({ duration: durationWith(reason.minutes, w) });
		case 'overdue':
			return w.overdue({ duration: durationWith(reason.minutes, w) });
	}
}

/** Queue items with each reason in words, and all of them as one line (`why`). */
export function queueInWords<T extends { reasons: Reason[] }>(
	items: T[],
	LL: TranslationFunctions
) {
	// the items reasonsInWords just made are this call's own: the line is added to them, not to copies
	return reasonsInWords(items, LL).map((item) =>
		Object.assign(item, { why: item.reasons.map((reason) => reason.text).join(' · ') })
	);
}

/** Queue items with each reason in words (what a row of the inbox page shows of them). */
export function reasonsInWords<T extends { reasons: Reason[] }>(
	items: T[],
	LL: TranslationFunctions
): (Omit<T, 'reasons'> & { reasons: (Reason & { text: string })[] })[] {
	const w = reasonWords(LL);
	// many tickets share a reason ("first ticket this month", "waiting 3 h"): each written once
	const written = new Map<string, string>();
	const text = (reason: Reason) => {
		const key = reasonKey(reason);
		let t = written.get(key);
		if (t === undefined) written.set(key, (t = reasonTextWith(reason, w)));
		return t;
	};
	return items.map((item) => ({
		...item,
		reasons: item.reasons.map((reason) => ({ ...reason, text: text(reason) }))
	}));
}

/** "status: Open", for a status a reply or an update set. */
export function statusText(to: string, LL: TranslationFunctions): string {
	return LL.agent.eventStatus({ to: LL.agent.statuses[to as Status]?.() ?? to });
}

/** An entry of a ticket's log, as the storage keeps it. */
export interface EventData {
	id: string;
	kind: string;
	data: Record<string, unknown>;
	actorName: string | null;
	createdAt: number;
}

/** What happened, in words, for the ticket log and for a stale editor. */
export function describeEvent(
	e: Pick<EventData, 'kind' | 'data'>,
	LL: TranslationFunctions
): string {
	const d = e.data;
	const parts: string[] = [];
	const pair = (key: string) => d[key] as { from: string | null; to: string | null } | undefined;
	const status = pair('status');
	if (status)
		parts.push(LL.agent.eventStatus({ to: LL.agent.statuses[(status.to ?? 'open') as Status]() }));
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

/** A conflict's list of what changed since the version the agent saw: by whom, when, in words. */
export function changesInWords(events: EventData[], LL: TranslationFunctions) {
	return events.map((e) => ({
		kind: e.kind,
		by: e.actorName,
		at: new Date(e.createdAt).toISOString(),
		text: describeEvent(e, LL)
	}));
}
