import { describe, expect, it } from 'vitest';
import { prioritise, reasonsFor, type Rankable } from './priority';

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
