// Call-backs: the window a customer asks to be called in (read in their zone), and the outcomes an agent logs.
import { CALLBACK_OUTCOMES, type CallbackOutcome } from '$lib/schemas/agent';
import { changeTicket } from '../db/ticket-events';
import { ticketChanged } from '../live';
import { fromZoned, isValidTimeZone } from '../service-hours';
import { reread, staffTicket, type StaffChange } from './access';
import { invalid } from './refusals';
import { agentTimeZone } from './staff';

export { CALLBACK_OUTCOMES, type CallbackOutcome };

const localDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const iso = (ms: number) => new Date(ms).toISOString();

/** A call-back window from two datetime-local values in a zone, checked: both or neither, in order, not past. */
export function callbackWindow(
	fromRaw: unknown,
	toRaw: unknown,
	zone: unknown,
	now: number
):
	| { ok: true; window: { start: number; end: number; timeZone: string } | null }
	| {
			ok: false;
			field: string;
			error: 'invalidDateTime' | 'endBeforeStart' | 'inPast' | 'invalidTimeZone' | 'tooFarAhead';
	  } {
	const from = typeof fromRaw === 'string' ? fromRaw.trim() : '';
	const to = typeof toRaw === 'string' ? toRaw.trim() : '';
	if (!from && !to) return { ok: true, window: null };
	const tz = typeof zone === 'string' && zone ? zone : 'UTC';
	if (!isValidTimeZone(tz)) return { ok: false, field: 'timeZone', error: 'invalidTimeZone' };
	const a = localDateTime.exec(from);
	if (!a) return { ok: false, field: 'callbackFrom', error: 'invalidDateTime' };
	const b = localDateTime.exec(to) ?? (/^\d{2}:\d{2}$/.test(to) ? [to, a[1]!, to] : null);
	if (!b) return { ok: false, field: 'callbackTo', error: 'invalidDateTime' };
	const start = fromZoned(a[1]!, a[2]!, tz);
	const end = fromZoned(b[1]!, b[2]!, tz);
	if (!Number.isFinite(start))
		return { ok: false, field: 'callbackFrom', error: 'invalidDateTime' };
	if (!Number.isFinite(end)) return { ok: false, field: 'callbackTo', error: 'invalidDateTime' };
	if (end <= start) return { ok: false, field: 'callbackTo', error: 'endBeforeStart' };
	if (end < now) return { ok: false, field: 'callbackFrom', error: 'inPast' };
	if (start - now > 60 * 24 * 60 * 60 * 1000)
		return { ok: false, field: 'callbackFrom', error: 'tooFarAhead' };
	return { ok: true, window: { start, end, timeZone: tz } };
}

/** A call-back's outcome; a new window is read in `timeZone` when given, else in the agent's own zone. */
export const logCallback: StaffChange = async (ctx, user, ref, raw) => {
	const ticket = await staffTicket(ctx, user, ref);
	if ('ok' in ticket) return ticket;
	const fields: Record<string, string> = {};
	if (!ticket.callback_phone) return invalid({ outcome: 'noCallback' });
	const outcome = raw.outcome as CallbackOutcome;
	if (!CALLBACK_OUTCOMES.includes(outcome)) fields.outcome = 'invalidRequest';
	const note = typeof raw.note === 'string' ? raw.note.trim() : '';
	if (note.length > 2000) fields.note = 'tooLong:2000';
	let window: { start: number; end: number; timeZone: string } | null = null;
	if (outcome === 'rescheduled') {
		const checked = callbackWindow(
			raw.callbackFrom,
			raw.callbackTo,
			raw.timeZone || (await agentTimeZone(ctx.db, user.id)),
			ctx.now
		);
		if (!checked.ok) fields[checked.field] = checked.error;
		else if (!checked.window) fields.callbackFrom = 'required';
		else window = checked.window;
	}
	if (Object.keys(fields).length) return invalid(fields);
	await ctx.db.transaction().execute(async (trx) => {
		await changeTicket(
			trx,
			ticket.id,
			null,
			{
				callback_state: outcome === 'called' ? 'done' : 'requested',
				...(window ? { callback_start: window.start, callback_end: window.end } : {})
			},
			{
				kind: 'callback',
				data: {
					outcome,
					note,
					...(window
						? { start: iso(window.start), end: iso(window.end), timeZone: window.timeZone }
						: {})
				}
			},
			user.id,
			ctx.now
		);
	});
	ticketChanged(ticket, 'callback');
	return { ok: true, ticket: await reread(ctx, user, ref) };
};
