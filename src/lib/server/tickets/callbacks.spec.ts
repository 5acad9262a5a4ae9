import { describe, expect, it } from 'vitest';
import { setUserPreferences } from '../db/staff';
import { ticketEvents } from '../db/ticket-events';
import { testDatabases } from '../db/testing/databases';
import { findTicket } from '../db/tickets';
import { callbackWindow, logCallback } from './callbacks';
import { createTicket } from './service';
import { desk } from './testing/desk';

describe.each(testDatabases())('call-backs on $name', (database) => {
	const d = desk(database);

	it('call-backs: a window in the customer zone, outcomes logged on the ticket', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const c = await d.person('c@shop.test');
		const t = await d.ticket(c, {
			callbackPhone: '+47 912 34 567',
			callbackFrom: '2026-11-24T14:00',
			callbackTo: '2026-11-24T15:00',
			timeZone: 'America/New_York'
		});
		expect(t).toMatchObject({
			callback_state: 'requested',
			callback_start: Date.UTC(2026, 10, 24, 19),
			callback_end: Date.UTC(2026, 10, 24, 20),
			callback_tz: 'America/New_York'
		});
		expect((await d.queue(agent)).callbacks.map((x) => x.ref)).toEqual([t.ref]);
		const missed = await logCallback(d.ctx(), agent, t.ref, { outcome: 'no_answer' });
		expect(missed).toMatchObject({ ok: true, ticket: { callback_state: 'requested' } });
		const badWindow = await logCallback(d.ctx(), agent, t.ref, {
			outcome: 'rescheduled',
			callbackFrom: '2026-11-25T10:00',
			callbackTo: '2026-11-25T09:00'
		});
		expect(badWindow).toMatchObject({
			status: 422,
			fields: { callbackTo: 'endBeforeStart' }
		});
		await logCallback(d.ctx(), agent, t.ref, {
			outcome: 'rescheduled',
			callbackFrom: '2026-11-25T10:00',
			callbackTo: '2026-11-25T11:00'
		});
		expect((await findTicket(d.db, agent, t.ref))!.callback_start).toBe(Date.UTC(2026, 10, 25, 9));
		await logCallback(d.ctx(), agent, t.ref, { outcome: 'called', note: 'Sorted' });
		expect((await d.queue(agent)).callbacks).toEqual([]);
		const kinds = (await ticketEvents(d.db, t.id)).filter((e) => e.kind === 'callback');
		expect(kinds.map((e) => e.data.outcome)).toEqual(['no_answer', 'rescheduled', 'called']);
		// a window without a phone, or in the past, is refused
		const refused = await createTicket(
			d.ctx(),
			c,
			{
				subject: 's',
				message: 'm',
				locale: 'en',
				callbackFrom: '2026-11-20T10:00',
				callbackTo: '2026-11-20T11:00',
				callbackPhone: '+4791234567'
			},
			[]
		);
		expect(refused).toMatchObject({ status: 422, fields: { callbackFrom: 'inPast' } });
		expect(callbackWindow('2026-11-24T10:00', '', 'UTC', d.now)).toMatchObject({
			ok: false,
			field: 'callbackTo'
		});
		// without a zone in the request, a new window is read in the agent's own zone
		await setUserPreferences(d.db, agent.id, { locale: 'en', timeZone: 'America/New_York' });
		const moved = await logCallback(d.ctx(), agent, t.ref, {
			outcome: 'rescheduled',
			callbackFrom: '2026-11-25T10:00',
			callbackTo: '2026-11-25T11:00'
		});
		expect(moved).toMatchObject({
			ok: true,
			ticket: { callback_start: Date.UTC(2026, 10, 25, 15) }
		});
	});
});
