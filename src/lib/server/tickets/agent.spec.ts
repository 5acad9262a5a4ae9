import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import type { DB } from '../db';
import { closeSolvedBefore, insertCanned, saveTeam, ticketEvents } from '../db/agent';
import { nextResponses } from '../db/reports';
import { testDatabases, testUser } from '../db/testing/databases';
import { findTicket, threadOf } from '../db/tickets';
import { translator } from '../i18n';
import {
	agentQueue,
	agentReply,
	AUTO_CLOSE_AFTER_MS,
	callbackWindow,
	logCallback,
	patchTicket,
	QueueQuerySchema,
	suggestAssignee
} from './agent';
import { createTicket, replyToTicket, ticketJson } from './service';
import { saveServiceSettings, settingsForm, DEFAULT_SETTINGS } from '../service-hours';
import * as v from 'valibot';
import { listStaff, listTeams, setUserPreferences } from '../db/agent';

const LL = translator('en');
// Monday 23 November 2026, 10:00 in Oslo (09:00 UTC)
const MONDAY_10 = Date.UTC(2026, 10, 23, 9);
const H = 60 * 60 * 1000;

describe.each(testDatabases())('agent workspace on $name', ({ open, close }) => {
	let db: DB;
	let now = MONDAY_10;
	const ctx = () => ({ db, now, origin: 'https://help.example', ip: '203.0.113.7' });
	const outbox = () => db.selectFrom('outbox').selectAll().orderBy('created_at').execute();

	const person = (email: string, role: SessionUser['role'] = 'customer', locale = 'en') =>
		testUser(db, email, role, locale, now - 400 * 24 * H);

	async function ticket(
		user: SessionUser,
		extra: Record<string, string> = {},
		locale = user.locale
	) {
		const result = await createTicket(
			ctx(),
			user,
			{ subject: 'Parcel missing', message: 'Where is my parcel?', locale, ...extra },
			[],
			translator(locale as 'en')
		);
		if (!result.ok) throw new Error(JSON.stringify(result));
		return result.ticket;
	}

	const queue = async (agent: SessionUser, query: Record<string, string> = {}) => {
		const result = await agentQueue(ctx(), agent, v.parse(QueueQuerySchema, query), LL);
		if ('ok' in result) throw new Error(result.message);
		return result;
	};

	beforeEach(async () => {
		db = await open();
		now = MONDAY_10;
	});
	afterEach(async () => {
		await close(db);
	});

	it('puts the customer who rarely writes first, and says why', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const daily = await person('daily@shop.test');
		for (let i = 0; i < 10; i++) {
			await ticket(daily);
			now += 60_000;
		}
		now += 2 * H;
		const rare = await person('rare@shop.test', 'customer', 'ru');
		const first = await ticket(rare, { articleId: 'late-delivery' });
		now += 30 * 60_000;
		const { tickets } = await queue(agent);
		expect(tickets[0]!.ref).toBe(first.ref);
		expect(tickets[0]!.why).toBe('first ticket this month · waiting 30 min · due in 23 h');
		expect(tickets[0]!.article).toMatchObject({ id: 'late-delivery' });
		expect(tickets[1]!.why).toMatch(/^10 tickets in 30 days · waiting 2 h/);
		// an agent's priority overrides the rule
		const last = tickets[tickets.length - 1]!;
		const urgent = await patchTicket(
			ctx(),
			agent,
			last.ref,
			{ priority: 'urgent', version: last.version },
			LL
		);
		expect(urgent.ok).toBe(true);
		const again = await queue(agent);
		expect(again.tickets[0]!.ref).toBe(last.ref);
		expect(again.tickets[0]!.why).toMatch(/^priority Urgent · 10 tickets/);
	});

	it('filters by view, language, status and text, and refuses customers', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const other = await person('other@lumo.test', 'agent');
		const kari = await person('kari@shop.test', 'customer', 'nb');
		const a = await ticket(kari, { subject: 'Faktura mangler' });
		const b = await ticket(await person('bob@shop.test'), { subject: 'Refund please' });
		await patchTicket(ctx(), agent, a.ref, { assignee: agent.id, version: 1 }, LL);
		await patchTicket(ctx(), agent, b.ref, { assignee: other.id, version: 1 }, LL);
		const refs = async (q: Record<string, string>) =>
			(await queue(agent, q)).tickets.map((t) => t.ref);
		expect(await refs({ view: 'mine' })).toEqual([a.ref]);
		expect(await refs({ view: 'unassigned' })).toEqual([]);
		expect(await refs({ locale: 'nb' })).toEqual([a.ref]);
		expect(await refs({ q: 'refund' })).toEqual([b.ref]);
		expect(await refs({ q: 'KARI@shop' })).toEqual([a.ref]);
		expect(await refs({ q: a.ref.toLowerCase() })).toEqual([a.ref]);
		expect(await refs({ q: '100%_' })).toEqual([]);
		expect(await refs({ status: 'solved' })).toEqual([]);
		// each view's count, under the other filters; "my teams" counts the tickets of the agent's teams
		expect((await queue(agent)).views).toEqual({ all: 2, mine: 1, unassigned: 0, team: 0 });
		const desk = await saveTeam(
			db,
			{ name: 'Norsk', languages: ['nb'], categories: [], members: [agent.id] },
			now
		);
		await patchTicket(ctx(), agent, a.ref, { team: desk, version: 2 }, LL);
		expect((await queue(agent, { view: 'team' })).tickets.map((t) => t.ref)).toEqual([a.ref]);
		expect((await queue(agent, { locale: 'en', view: 'mine' })).views).toEqual({
			all: 1,
			mine: 0,
			unassigned: 0,
			team: 0
		});
		expect((await queue(agent, { locale: 'nb' })).views).toEqual({
			all: 1,
			mine: 1,
			unassigned: 0,
			team: 1
		});
		const refused = await agentQueue(ctx(), kari, v.parse(QueueQuerySchema, {}), LL);
		expect(refused).toMatchObject({ ok: false, status: 403 });
	});

	it('a stale version answers 409 with what changed, and saves nothing', async () => {
		const ann = await person('ann@lumo.test', 'agent');
		const bo = await person('bo@lumo.test', 'agent');
		const t = await ticket(await person('c@shop.test'));
		const first = await patchTicket(ctx(), ann, t.ref, { assignee: ann.id, version: 1 }, LL);
		expect(first).toMatchObject({
			ok: true,
			ticket: { assignee_id: ann.id, status: 'open', version: 2 }
		});
		const second = await patchTicket(ctx(), bo, t.ref, { assignee: bo.id, version: 1 }, LL);
		expect(second).toMatchObject({ ok: false, status: 409, version: 2 });
		expect(second.ok === false && 'changes' in second && second.changes[0]).toMatchObject({
			by: 'ann',
			text: 'status: Open · assigned to ann'
		});
		expect((await findTicket(db, ann, t.ref))!.assignee_id).toBe(ann.id);
		// a stale reply is not sent either
		const reply = await agentReply(ctx(), bo, t.ref, { message: 'Hello', version: '1' }, [], LL);
		expect(reply).toMatchObject({ ok: false, status: 409 });
		expect((await threadOf(db, t.id, true)).length).toBe(1);
		// missing or bad version
		expect(await patchTicket(ctx(), bo, t.ref, { status: 'pending' }, LL)).toMatchObject({
			status: 422,
			fields: { version: expect.stringMatching(/version/) }
		});
	});

	it('reassigning asks for a note, mails the new assignee, and never overwrites silently', async () => {
		const ann = await person('ann@lumo.test', 'agent');
		const bo = await person('bo@lumo.test', 'agent', 'nb');
		const t = await ticket(await person('c@shop.test'));
		await patchTicket(ctx(), ann, t.ref, { assignee: ann.id, version: 1 }, LL);
		const noNote = await patchTicket(ctx(), ann, t.ref, { assignee: bo.id, version: 2 }, LL);
		expect(noNote).toMatchObject({ status: 422, fields: { note: expect.any(String) } });
		expect(
			await patchTicket(ctx(), ann, t.ref, { assignee: 'nobody', version: 2 }, LL)
		).toMatchObject({
			status: 422,
			fields: { assignee: LL.errors.unknownAgent() }
		});
		const ok = await patchTicket(
			ctx(),
			ann,
			t.ref,
			{ assignee: bo.email, note: 'Bo knows our Klarna set-up', version: 2 },
			LL
		);
		expect(ok).toMatchObject({ ok: true, ticket: { assignee_id: bo.id } });
		const mail = (await outbox()).find((m) => m.to_address === 'bo@lumo.test')!;
		expect(mail.subject).toContain(t.ref);
		expect(mail.text_body).toContain('Bo knows our Klarna set-up');
		expect(mail.text_body).toContain(`https://help.example/agent/tickets/${t.ref}`);
		const events = await ticketEvents(db, t.id);
		expect(events.map((e) => e.kind)).toEqual(['update', 'update']);
	});

	it('a reply stops the clock, mails the customer in their language; a note stays internal', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const olga = await person('olga@shop.test', 'customer', 'ru');
		const t = await ticket(olga);
		// Monday 10:00 + one business day (8 h, 09–17) = Tuesday 10:00
		expect(t.due_at).toBe(MONDAY_10 + 24 * H);
		now += H;
		const note = await agentReply(
			ctx(),
			agent,
			t.ref,
			{ message: 'Check the carrier', internal: true },
			[],
			LL
		);
		expect(note.ok).toBe(true);
		expect((await outbox()).filter((m) => m.to_address === 'olga@shop.test')).toHaveLength(1);
		const reply = await agentReply(
			ctx(),
			agent,
			t.ref,
			{ message: 'Здравствуйте, {{customer.name}}! {{article:late-delivery}}', internal: false },
			[],
			LL
		);
		expect(reply.ok).toBe(true);
		const after = (await findTicket(db, agent, t.ref))!;
		expect(after).toMatchObject({
			status: 'pending',
			first_response_at: now,
			awaiting_since: null,
			due_at: null,
			assignee_id: agent.id,
			agent_replies: 1
		});
		const mails = (await outbox()).filter((m) => m.to_address === 'olga@shop.test');
		expect(mails).toHaveLength(2);
		expect(mails[1]!.text_body).toContain('Здравствуйте, olga!');
		expect(mails[1]!.text_body).toMatch(/https:\/\/help\.example\/ru\/[a-z-]+\/[a-z-]+/);
		expect(mails[1]!.text_body).not.toContain('Check the carrier');
		expect(mails[1]!.text_body).toContain(`https://help.example/ru/support/${t.ref}`);
		const customerView = await ticketJson(ctx(), olga, after, await threadOf(db, t.id, false));
		expect(customerView.messages.map((m) => m.body)).not.toContain('Check the carrier');
		expect(customerView).not.toHaveProperty('customer');
	});

	it('refuses empty replies, unknown placeholders and bad statuses, storing nothing', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const t = await ticket(await person('c@shop.test'));
		const cases: [Record<string, unknown>, string][] = [
			[{ message: '   ' }, 'message'],
			[{ message: 'Hi {{customer.shoe}}' }, 'message'],
			[{ message: 'See {{article:no-such-article}}' }, 'message'],
			[{ message: 'x'.repeat(10_001) }, 'message'],
			[{ message: 'Fine', status: 'new' }, 'status'],
			[{ message: 'Fine', version: 'abc' }, 'version']
		];
		for (const [raw, field] of cases) {
			const result = await agentReply(ctx(), agent, t.ref, raw, [], LL);
			expect(result, JSON.stringify(raw)).toMatchObject({ ok: false, status: 422 });
			expect(result.ok === false && 'fields' in result && result.fields?.[field]).toBeTruthy();
		}
		expect(await threadOf(db, t.id, true)).toHaveLength(1);
		expect((await findTicket(db, agent, t.ref))!.version).toBe(1);
		const customer = await person('d@shop.test');
		expect(await agentReply(ctx(), customer, t.ref, { message: 'hi' }, [], LL)).toMatchObject({
			status: 403
		});
	});

	it('a customer reply reopens a solved ticket, restarts the clock and tells the assignee', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const kari = await person('kari@shop.test', 'customer', 'nb');
		const t = await ticket(kari);
		await agentReply(ctx(), agent, t.ref, { message: 'Done!', status: 'solved' }, [], LL);
		expect((await findTicket(db, agent, t.ref))!).toMatchObject({
			status: 'solved',
			solved_at: now
		});
		now += 2 * H;
		const back = await replyToTicket(
			ctx(),
			kari,
			t.ref,
			{ message: 'Still broken' },
			[],
			translator('nb')
		);
		expect(back.ok).toBe(true);
		const after = (await findTicket(db, agent, t.ref))!;
		expect(after).toMatchObject({
			status: 'open',
			reopen_count: 1,
			awaiting_since: now,
			due_at: now + 24 * H
		});
		expect(
			(await outbox()).some((m) => m.to_address === 'agent@lumo.test' && m.subject.includes(t.ref))
		).toBe(true);
	});

	it('solved tickets close after 7 days without a reply', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const t = await ticket(await person('c@shop.test'));
		const u = await ticket(await person('d@shop.test'));
		await agentReply(ctx(), agent, t.ref, { message: 'Done', status: 'solved' }, [], LL);
		now += 3 * 24 * H;
		await agentReply(ctx(), agent, u.ref, { message: 'Done', status: 'solved' }, [], LL);
		now += 4 * 24 * H + 1;
		expect(await closeSolvedBefore(db, now - AUTO_CLOSE_AFTER_MS, now)).toBe(1);
		expect((await findTicket(db, agent, t.ref))!.status).toBe('closed');
		expect((await findTicket(db, agent, u.ref))!.status).toBe('solved');
		const events = await ticketEvents(db, t.id);
		expect(events.at(-1)).toMatchObject({
			kind: 'status',
			actorId: null,
			data: { automatic: true }
		});
	});

	it('due times follow service hours: Friday afternoon tickets are due Monday; holidays skip', async () => {
		const saved = await saveServiceSettings(db, {
			...settingsForm(DEFAULT_SETTINGS),
			holidays: '2026-11-30',
			firstResponseAmount: '2',
			firstResponseUnit: 'hours'
		});
		expect(saved.ok).toBe(true);
		now = Date.UTC(2026, 10, 27, 15); // Friday 16:00 in Oslo
		const t = await ticket(await person('c@shop.test'));
		expect(t.due_at).toBe(Date.UTC(2026, 11, 1, 9)); // Tuesday 10:00: Monday is a holiday
		const bad = await saveServiceSettings(db, {
			...settingsForm(DEFAULT_SETTINGS),
			timeZone: 'Mars/Olympus',
			start: '18:00',
			end: '09:00',
			holidays: '2026-13-01',
			days: []
		});
		expect(bad.ok).toBe(false);
		const paths = bad.ok ? [] : Object.keys(bad.fields ?? {});
		expect(paths).toEqual(expect.arrayContaining(['timeZone', 'holidays', 'days']));
	});

	it('call-backs: a window in the customer zone, outcomes logged on the ticket', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const c = await person('c@shop.test');
		const t = await ticket(c, {
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
		expect((await queue(agent)).callbacks.map((x) => x.ref)).toEqual([t.ref]);
		const missed = await logCallback(ctx(), agent, t.ref, { outcome: 'no_answer' }, LL);
		expect(missed).toMatchObject({ ok: true, ticket: { callback_state: 'requested' } });
		const badWindow = await logCallback(
			ctx(),
			agent,
			t.ref,
			{ outcome: 'rescheduled', callbackFrom: '2026-11-25T10:00', callbackTo: '2026-11-25T09:00' },
			LL
		);
		expect(badWindow).toMatchObject({
			status: 422,
			fields: { callbackTo: LL.errors.endBeforeStart() }
		});
		await logCallback(
			ctx(),
			agent,
			t.ref,
			{ outcome: 'rescheduled', callbackFrom: '2026-11-25T10:00', callbackTo: '2026-11-25T11:00' },
			LL
		);
		expect((await findTicket(db, agent, t.ref))!.callback_start).toBe(Date.UTC(2026, 10, 25, 9));
		await logCallback(ctx(), agent, t.ref, { outcome: 'called', note: 'Sorted' }, LL);
		expect((await queue(agent)).callbacks).toEqual([]);
		const kinds = (await ticketEvents(db, t.id)).filter((e) => e.kind === 'callback');
		expect(kinds.map((e) => e.data.outcome)).toEqual(['no_answer', 'rescheduled', 'called']);
		// a window without a phone, or in the past, is refused
		const refused = await createTicket(
			ctx(),
			c,
			{
				subject: 's',
				message: 'm',
				locale: 'en',
				callbackFrom: '2026-11-20T10:00',
				callbackTo: '2026-11-20T11:00',
				callbackPhone: '+4791234567'
			},
			[],
			LL
		);
		expect(refused).toMatchObject({ status: 422, fields: { callbackFrom: LL.errors.inPast() } });
		expect(callbackWindow('2026-11-24T10:00', '', 'UTC', now)).toMatchObject({
			ok: false,
			field: 'callbackTo'
		});
		// without a zone in the request, a new window is read in the agent's own zone
		await setUserPreferences(db, agent.id, { locale: 'en', timeZone: 'America/New_York' });
		const moved = await logCallback(
			ctx(),
			agent,
			t.ref,
			{ outcome: 'rescheduled', callbackFrom: '2026-11-25T10:00', callbackTo: '2026-11-25T11:00' },
			LL
		);
		expect(moved).toMatchObject({
			ok: true,
			ticket: { callback_start: Date.UTC(2026, 10, 25, 15) }
		});
	});

	it('suggests the agent who speaks the language with the fewest open tickets, and a team', async () => {
		const busy = await person('busy@lumo.test', 'agent', 'ru');
		const free = await person('free@lumo.test', 'agent', 'en');
		await person('nb@lumo.test', 'agent', 'nb');
		await saveTeam(
			db,
			{ name: 'Russian desk', languages: ['ru'], categories: [], members: [free.id] },
			now
		);
		const c = await person('c@shop.test', 'customer', 'ru');
		const t1 = await ticket(c);
		await patchTicket(ctx(), busy, t1.ref, { assignee: busy.id, version: 1 }, LL);
		const t2 = await ticket(c);
		const suggestion = suggestAssignee(t2, await listStaff(db), await listTeams(db));
		expect(suggestion.agent?.id).toBe(free.id);
		expect(suggestion.team?.name).toBe('Russian desk');
	});

	it('replies record whether a next response met its due time, for the reports', async () => {
		const agent = await person('agent@lumo.test', 'agent');
		const c = await person('c@shop.test');
		const late = await ticket(c);
		const onTime = await ticket(c);
		const waiting = await ticket(c);
		for (const t of [late, onTime, waiting])
			await agentReply(ctx(), agent, t.ref, { message: 'First answer' }, [], LL);
		for (const t of [late, onTime, waiting])
			await replyToTicket(ctx(), c, t.ref, { message: 'One more thing' }, [], LL);
		// next answers are due one business day later: Tuesday 10:00
		now += 2 * H;
		await agentReply(ctx(), agent, onTime.ref, { message: 'Quick' }, [], LL);
		now += 30 * H;
		await agentReply(ctx(), agent, late.ref, { message: 'Sorry for the wait' }, [], LL);
		const next = await nextResponses(db, { start: MONDAY_10 - H, end: now + H }, now);
		// two answered (one on time) and one still waiting past its due time; first answers do not count
		expect(next).toEqual({ measured: 3, onTime: 1 });
	});

	it('canned answers are stored per locale', async () => {
		const a = await insertCanned(
			db,
			{ locale: 'ru', title: 'Доставка', body: 'Hi', createdBy: null },
			now
		);
		await expect(
			insertCanned(db, { locale: 'ru', title: 'Доставка', body: 'Again', createdBy: null }, now)
		).rejects.toThrow();
		expect(a.locale).toBe('ru');
	});
});
