import { describe, expect, it } from 'vitest';
import { queueInWords } from '$lib/tickets/words';
import { saveTeam } from '../db/teams';
import { testDatabases } from '../db/testing/databases';
import { translator } from '../i18n';
import { patchTicket } from './changes';
import { refreshRecentCounts } from '../db/recent-tickets';
import { agentQueue, FREQUENCY_WINDOW_MS, prioritise, reasonsFor, type Rankable } from './queue';
import { desk } from './testing/desk';
import * as v from 'valibot';
import { QueueQuerySchema } from '$lib/schemas/agent';

const LL = translator('en');

const H = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 23, 12, 0);

function t(ref: string, over: Partial<Rankable> = {}): Rankable {
	return {
		ref,
		priority: null,
		recentTickets: 1,
		awaitingSince: NOW - H,
		dueAt: NOW + 4 * H,
		createdAt: NOW - H,
		...over
	};
}

describe('inbox order', () => {
	const cases: [string, Rankable[], string[]][] = [
		[
			'a customer with one ticket this month comes before one with ten',
			[t('daily', { recentTickets: 10, awaitingSince: NOW - 9 * H }), t('rare')],
			['rare', 'daily']
		],
		[
			'same frequency: the longer wait comes first',
			[t('short', { awaitingSince: NOW - H }), t('long', { awaitingSince: NOW - 6 * H })],
			['long', 'short']
		],
		[
			'same frequency and wait: the nearer due time comes first',
			[t('later', { dueAt: NOW + 8 * H }), t('sooner', { dueAt: NOW + H })],
			['sooner', 'later']
		],
		[
			'urgent overrides frequency and waiting',
			[t('rare'), t('urgent', { priority: 'urgent', recentTickets: 12, awaitingSince: NOW })],
			['urgent', 'rare']
		],
		[
			'high comes before automatic, automatic before low',
			[
				t('low', { priority: 'low' }),
				t('auto', { recentTickets: 9 }),
				t('high', { priority: 'high', recentTickets: 9 })
			],
			['high', 'auto', 'low']
		],
		[
			'an explicit normal ranks exactly like automatic',
			[t('normal', { priority: 'normal', recentTickets: 3 }), t('auto', { recentTickets: 2 })],
			['auto', 'normal']
		],
		[
			'nobody waiting (pending) goes after those waiting',
			[t('pending', { awaitingSince: null }), t('waiting', { awaitingSince: NOW - 60_000 })],
			['waiting', 'pending']
		],
		[
			'no due time goes after a due time',
			[t('none', { dueAt: null }), t('due', { dueAt: NOW + 100 * H })],
			['due', 'none']
		]
	];
	it.each(cases)('%s', (_, tickets, order) => {
		expect(prioritise(tickets, NOW).map((x) => x.ref)).toEqual(order);
		expect(prioritise([...tickets].reverse(), NOW).map((x) => x.ref)).toEqual(order);
	});

	it('numbers positions from 1 and does not reorder its input', () => {
		const input = [t('b', { recentTickets: 5 }), t('a')];
		const out = prioritise(input, NOW);
		expect(out.map((x) => [x.ref, x.position])).toEqual([
			['a', 1],
			['b', 2]
		]);
		expect(input[0]!.ref).toBe('b');
	});
});

describe('reasons', () => {
	it('says first ticket, wait and due time', () => {
		expect(reasonsFor(t('x', { awaitingSince: NOW - 6 * H, dueAt: NOW + 2 * H }), NOW)).toEqual([
			{ code: 'frequency', tickets: 1 },
			{ code: 'waiting', minutes: 360 },
			{ code: 'due', minutes: 120 }
		]);
	});
	it('names a set priority and an overdue ticket', () => {
		expect(reasonsFor(t('x', { priority: 'urgent', dueAt: NOW - 30 * 60_000 }), NOW)).toEqual([
			{ code: 'priority', priority: 'urgent' },
			{ code: 'frequency', tickets: 1 },
			{ code: 'waiting', minutes: 60 },
			{ code: 'overdue', minutes: 30 }
		]);
	});
	it('leaves out waiting and due when nobody waits', () => {
		expect(reasonsFor(t('x', { awaitingSince: null, dueAt: null }), NOW)).toEqual([
			{ code: 'frequency', tickets: 1 }
		]);
	});
});

describe.each(testDatabases())('the inbox on $name', (database) => {
	const d = desk(database);

	it('puts the customer who rarely writes first, and says why', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const daily = await d.person('daily@shop.test');
		for (let i = 0; i < 10; i++) {
			await d.ticket(daily);
			d.now += 60_000;
		}
		d.now += 2 * H;
		const rare = await d.person('rare@shop.test', 'customer', 'ru');
		const first = await d.ticket(rare, { articleId: 'late-delivery' });
		d.now += 30 * 60_000;
		const tickets = queueInWords((await d.queue(agent)).tickets, LL);
		expect(tickets[0]!.ref).toBe(first.ref);
		expect(tickets[0]!.why).toBe('first ticket this month · waiting 30 min · due in 23 h');
		expect(tickets[0]!.article).toMatchObject({ id: 'late-delivery' });
		expect(tickets[1]!.why).toMatch(/^10 tickets in 30 days · waiting 2 h/);
		// an agent's priority overrides the rule
		const last = tickets[tickets.length - 1]!;
		const urgent = await patchTicket(d.ctx(), agent, last.ref, {
			priority: 'urgent',
			version: last.version
		});
		expect(urgent.ok).toBe(true);
		const again = queueInWords((await d.queue(agent)).tickets, LL);
		expect(again[0]!.ref).toBe(last.ref);
		expect(again[0]!.reasons[0]).toMatchObject({ code: 'priority', priority: 'urgent' });
		expect(again[0]!.why).toMatch(/^priority Urgent · 10 tickets/);
	});

	it('counts tickets a customer sends at the same time, each of them', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const eager = await d.person('eager@shop.test');
		await d.ticket(eager);
		await Promise.all(Array.from({ length: 6 }, () => d.ticket(eager)));
		const queue = (await d.queue(agent)).tickets;
		expect(queue.map((t) => t.recentTickets)).toEqual(Array(7).fill(7));
		expect(await refreshRecentCounts(d.db, d.now - FREQUENCY_WINDOW_MS)).toBe(0);
	});

	it('filters by view, language, status and text, and refuses customers', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const other = await d.person('other@lumo.test', 'agent');
		const kari = await d.person('kari@shop.test', 'customer', 'nb');
		const a = await d.ticket(kari, { subject: 'Faktura mangler' });
		const b = await d.ticket(await d.person('bob@shop.test'), { subject: 'Refund please' });
		await patchTicket(d.ctx(), agent, a.ref, { assignee: agent.id, version: 1 });
		await patchTicket(d.ctx(), agent, b.ref, { assignee: other.id, version: 1 });
		const refs = async (q: Record<string, string>) =>
			(await d.queue(agent, q)).tickets.map((t) => t.ref);
		expect(await refs({ view: 'mine' })).toEqual([a.ref]);
		expect(await refs({ view: 'unassigned' })).toEqual([]);
		expect(await refs({ locale: 'nb' })).toEqual([a.ref]);
		expect(await refs({ q: 'refund' })).toEqual([b.ref]);
		expect(await refs({ q: 'KARI@shop' })).toEqual([a.ref]);
		expect(await refs({ q: a.ref.toLowerCase() })).toEqual([a.ref]);
		expect(await refs({ q: '100%_' })).toEqual([]);
		expect(await refs({ status: 'solved' })).toEqual([]);
		// each view's count, under the other filters; "my teams" counts the tickets of the agent's teams
		expect((await d.queue(agent)).views).toEqual({ all: 2, mine: 1, unassigned: 0, team: 0 });
		const desk = await saveTeam(
			d.db,
			{ name: 'Norsk', languages: ['nb'], categories: [], members: [agent.id] },
			d.now
		);
		await patchTicket(d.ctx(), agent, a.ref, { team: desk, version: 2 });
		expect((await d.queue(agent, { view: 'team' })).tickets.map((t) => t.ref)).toEqual([a.ref]);
		expect((await d.queue(agent, { locale: 'en', view: 'mine' })).views).toEqual({
			all: 1,
			mine: 0,
			unassigned: 0,
			team: 0
		});
		expect((await d.queue(agent, { locale: 'nb' })).views).toEqual({
			all: 1,
			mine: 1,
			unassigned: 0,
			team: 1
		});
		const refused = await agentQueue(d.ctx(), kari, v.parse(QueueQuerySchema, {}));
		expect(refused).toMatchObject({ ok: false, status: 403 });
	});
});

describe.each(testDatabases())('the inbox sorted by the database on $name', (database) => {
	const d = desk(database);

	/** Every active ticket in the order prioritise() gives, with its customer's tickets counted as of now. */
	async function expectedOrder(since: number): Promise<[string, number][]> {
		const rows = await d.db.selectFrom('tickets').selectAll().execute();
		const recent = (userId: string) =>
			rows.filter((r) => r.user_id === userId && Number(r.created_at) >= since).length;
		return prioritise(
			rows
				.filter((r) => r.status === 'new' || r.status === 'open' || r.status === 'pending')
				.map((r) => ({
					ref: r.ref,
					priority: r.priority,
					recentTickets: Math.max(1, recent(r.user_id)),
					awaitingSince: r.awaiting_since === null ? null : Number(r.awaiting_since),
					dueAt: r.due_at === null ? null : Number(r.due_at),
					createdAt: Number(r.created_at)
				})),
			d.now
		).map((t) => [t.ref, t.recentTickets]);
	}

	it('gives the order compareTickets defines, key by key, stored counts or not', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const people = await Promise.all(
			['a', 'b', 'c', 'd', 'e'].map((n) => d.person(`${n}@shop.test`))
		);
		// an old backlog: 40 days ago some customers wrote several times (their tickets then leave the window)
		for (let i = 0; i < 12; i++) {
			await d.ticket(people[i % 3]!);
			d.now += (i % 4) * H;
		}
		d.now += 40 * 24 * H;
		// this month: the same minute for several customers (created alike, the reference decides); b and c,
		// who wrote only then, keep counts stored 40 days ago that no longer hold
		for (let i = 0; i < 10; i++) {
			await d.ticket(people[[0, 3, 4][i % 3]!]!);
			if (i % 3 === 2) d.now += H;
		}
		const refs = (await d.queue(agent, { status: 'active,pending', limit: '1000' })).tickets;
		// priorities, someone waiting on the customer (pending: no wait, no due time), a solved one left out
		const set = async (ref: string, patch: Record<string, string>) => {
			const t = refs.find((x) => x.ref === ref)!;
			const result = await patchTicket(d.ctx(), agent, ref, { ...patch, version: t.version });
			expect(result.ok).toBe(true);
		};
		await set(refs[3]!.ref, { priority: 'urgent' });
		await set(refs[5]!.ref, { priority: 'low' });
		await set(refs[6]!.ref, { priority: 'high' });
		await set(refs[7]!.ref, { priority: 'normal' });
		await set(refs[8]!.ref, { status: 'pending' });
		await set(refs[9]!.ref, { status: 'solved' });
		d.now += 2 * H;
		const since = d.now - FREQUENCY_WINDOW_MS;
		const sorted = async () =>
			(await d.queue(agent, { status: 'active,pending', limit: '1000' })).tickets.map((t) => [
				t.ref,
				t.position,
				t.recentTickets
			]);
		const expected = await expectedOrder(since);
		const stale = await sorted();
		expect(stale.map((t) => [t[0], t[2]])).toEqual(expected);
		expect(stale.map((t) => t[1])).toEqual(expected.map((_, i) => i + 1));
		// the inbox recounted what no longer held before it sorted: nothing is left to recount
		expect(await refreshRecentCounts(d.db, since)).toBe(0);
		expect(await sorted()).toEqual(stale);
		// a limit cuts the same order
		const first = await d.queue(agent, { status: 'active,pending', limit: '4' });
		expect(first.tickets.map((t) => t.ref)).toEqual(expected.slice(0, 4).map((t) => t[0]));
		expect(first.total).toBe(expected.length);
		// a month on, this month's tickets leave the window one after another: half of them now
		d.now += FREQUENCY_WINDOW_MS - 3.5 * H;
		const later = await expectedOrder(d.now - FREQUENCY_WINDOW_MS);
		expect((await sorted()).map((t) => [t[0], t[2]])).toEqual(later);
		expect(later.map((t) => t[1])).not.toEqual(expected.map((t) => t[1]));
		// the default inbox (new and open), read from its index: the same order without the pending one
		const active = (await d.queue(agent, { limit: '1000' })).tickets;
		expect(active.map((t) => [t.ref, t.recentTickets])).toEqual(
			later.filter(([ref]) => ref !== refs[8]!.ref)
		);
	});
});
