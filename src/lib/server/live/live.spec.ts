import { afterEach, describe, expect, it } from 'vitest';
import type { DB } from '../db';
import type { SessionUser } from '../db/sessions';
import { postgresChannel, redisChannel, type Channel } from '../db/live-channel';
import { cursor, publish, since, ticketChanged } from './bus';
import { notePresence, presentOn } from './presence';
import { eventStream, sessionTag, verdict } from './stream';

const person = (id: string, role: SessionUser['role']): SessionUser => ({
	id,
	role,
	email: `${id}@example.test`,
	name: id,
	locale: 'en',
	emailVerified: true
});
const ann = person('ann', 'customer');
const bob = person('bob', 'customer');
const agent = person('agent', 'agent');

const open: ReadableStreamDefaultReader<Uint8Array>[] = [];
afterEach(async () => {
	for (const reader of open.splice(0)) await reader.cancel();
});

/** A stream for `user`, and a function that reads what it sent so far. */
function streamOf(user: SessionUser, resume: string | null = null, sessionId = `s-${user.id}`) {
	const response = eventStream({
		db: {} as DB,
		user,
		session: { id: sessionId, expiresAt: Date.now() + 60_000 },
		resume,
		now: Date.now
	});
	const reader = response.body!.getReader();
	open.push(reader);
	const decoder = new TextDecoder();
	let text = '';
	let done = false;
	const pump = (async () => {
		for (;;) {
			const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
			if (chunk.done) return void (done = true);
			text += decoder.decode(chunk.value);
		}
	})();
	return {
		response,
		read: async () => {
			await new Promise((r) => setTimeout(r, 10));
			return text;
		},
		ended: async () => {
			await Promise.race([pump, new Promise((r) => setTimeout(r, 50))]);
			return done;
		}
	};
}

describe('who hears what', () => {
	it('a customer hears of their own tickets only, and never of internal notes; agents hear of all', async () => {
		const a = streamOf(ann);
		const b = streamOf(bob);
		const staff = streamOf(agent);
		ticketChanged({ ref: 'T-1', user_id: 'ann' }, 'reply');
		ticketChanged({ ref: 'T-1', user_id: 'ann' }, 'note');
		ticketChanged({ ref: 'T-2', user_id: 'bob' }, 'status');
		expect(a.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expect(await a.read()).toContain('data: {"ref":"T-1","kind":"reply"}');
		expect(await a.read()).not.toContain('note');
		expect(await a.read()).not.toContain('T-2');
		expect(await b.read()).not.toContain('T-1');
		expect(await b.read()).toContain('"T-2"');
		const all = await staff.read();
		expect(all).toContain('"kind":"reply"');
		expect(all).toContain('"kind":"note"');
		expect(all).toContain('"T-2"');
	});

	it('presence goes to colleagues, never to customers or back to the one who said it', () => {
		const message = {
			type: 'presence',
			ref: 'T-1',
			user: 'agent',
			name: 'A',
			state: 'typing'
		} as const;
		expect(verdict(ann, 'x', message)).toBe('skip');
		expect(verdict(agent, 'x', message)).toBe('skip');
		expect(verdict(person('other', 'admin'), 'x', message)).toBe('send');
	});

	it('a logout ends that session’s streams, a password change all of the user’s but the current', async () => {
		const mine = streamOf(ann, null, 'one');
		const other = streamOf(ann, null, 'two');
		const bobs = streamOf(bob, null, 'three');
		publish({ type: 'end', session: sessionTag('one') });
		expect(await mine.ended()).toBe(true);
		expect(await mine.read()).toContain('event: end');
		expect(await other.ended()).toBe(false);
		publish({ type: 'end', user: 'ann', keep: sessionTag('two') });
		expect(await other.ended()).toBe(false);
		publish({ type: 'end', user: 'ann' });
		expect(await other.ended()).toBe(true);
		expect(await bobs.ended()).toBe(false);
	});
});

describe('resuming', () => {
	it('replays what was missed after a cursor, and resets for a cursor it cannot resume', async () => {
		const from = cursor();
		ticketChanged({ ref: 'T-3', user_id: 'ann' }, 'reply');
		ticketChanged({ ref: 'T-4', user_id: 'bob' }, 'reply');
		expect(since(from)?.map((e) => e.message)).toMatchObject([{ ref: 'T-3' }, { ref: 'T-4' }]);
		const resumed = streamOf(ann, from);
		const text = await resumed.read();
		expect(text).toContain('"T-3"');
		expect(text).not.toContain('"T-4"');
		expect(text).toMatch(/^id: \w+\.\d+$/m);
		expect(since(cursor())).toEqual([]);
		expect(since('another-server.1')).toBeNull();
		expect(await streamOf(ann, 'another-server.1').read()).toContain('event: reset');
	});
});

describe('presence', () => {
	it('lasts 30 s unless said again, typing first, and ends when the colleague leaves', () => {
		const at = 1_000_000;
		notePresence({ type: 'presence', ref: 'P-1', user: 'u1', name: 'Ann', state: 'viewing' }, at);
		notePresence({ type: 'presence', ref: 'P-1', user: 'u2', name: 'Bea', state: 'typing' }, at);
		expect(presentOn('P-1', 'me', at + 1_000).map((p) => p.name)).toEqual(['Bea', 'Ann']);
		expect(presentOn('P-1', 'u2', at + 1_000).map((p) => p.name)).toEqual(['Ann']);
		notePresence({ type: 'presence', ref: 'P-1', user: 'u2', name: 'Bea', state: 'left' }, at);
		expect(presentOn('P-1', 'me', at + 29_000).map((p) => p.name)).toEqual(['Ann']);
		expect(presentOn('P-1', 'me', at + 30_000)).toEqual([]);
	});
});

/** Two servers' channels: what one sends, the other hears. */
async function crossTalk(open: (heard: string[]) => Promise<Channel>) {
	const heardByA: string[] = [];
	const heardByB: string[] = [];
	const a = await open(heardByA);
	const b = await open(heardByB);
	try {
		await a.send('{"hello":1}');
		await expect.poll(() => heardByB, { timeout: 3_000 }).toEqual(['{"hello":1}']);
	} finally {
		await a.close();
		await b.close();
	}
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('between servers through PostgreSQL', () => {
	it('LISTEN/NOTIFY carries a message from one server to another (in this schema only)', async () => {
		const url = process.env.TEST_DATABASE_URL!;
		const stranger: string[] = [];
		const elsewhere = await postgresChannel(url, 'live_other', {
			message: (t) => stranger.push(t),
			gap: () => {}
		});
		await crossTalk((heard) =>
			postgresChannel(url, 'live_spec', { message: (t) => heard.push(t), gap: () => {} })
		);
		expect(stranger).toEqual([]);
		await elsewhere.close();
	});
});

describe.skipIf(!process.env.TEST_REDIS_URL)('between servers through Redis', () => {
	it('pub/sub carries a message from one server to another', async () => {
		const url = process.env.TEST_REDIS_URL!;
		await crossTalk((heard) =>
			redisChannel(url, 'live_spec', { message: (t) => heard.push(t), gap: () => {} })
		);
	});
});
