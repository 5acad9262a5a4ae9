import { describe, expect, it } from 'vitest';
import { waitingPastDue } from '../db/report-period';
import { replyCounts } from '../db/reports';
import { testDatabases } from '../db/testing/databases';
import { findTicket, threadOf } from '../db/tickets';
import { errorText } from '../http/messages';
import { translator } from '../i18n';
import { ticketJson } from './json';
import { agentReply, replyToTicket } from './replies';
import { desk, H, MONDAY_10 } from './testing/desk';

const LL = translator('en');

describe.each(testDatabases())('replies on $name', (database) => {
	const d = desk(database);

	it('a reply stops the clock, mails the customer in their language; a note stays internal', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const olga = await d.person('olga@shop.test', 'customer', 'ru');
		const t = await d.ticket(olga);
		// Monday 10:00 + one business day (8 h, 09–17) = Tuesday 10:00
		expect(t.due_at).toBe(MONDAY_10 + 24 * H);
		d.now += H;
		const send = (message: string, internal: boolean) =>
			agentReply(d.ctx(), agent, t.ref, { message, internal }, []);
		const olgasMails = async () =>
			(await d.outbox()).filter((m) => m.to_address === 'olga@shop.test');
		expect((await send('Check the carrier', true)).ok).toBe(true);
		expect(await olgasMails()).toHaveLength(1);
		const reply = await send('Здравствуйте, {{customer.name}}! {{article:late-delivery}}', false);
		expect(reply.ok).toBe(true);
		const after = (await findTicket(d.db, agent, t.ref))!;
		expect(after).toMatchObject({
			status: 'pending',
			first_response_at: d.now,
			awaiting_since: null,
			due_at: null,
			assignee_id: agent.id,
			agent_replies: 1
		});
		const mails = await olgasMails();
		expect(mails).toHaveLength(2);
		expect(mails[1]!.text_body).toContain('Здравствуйте, olga!');
		expect(mails[1]!.text_body).toMatch(/https:\/\/help\.example\/ru\/[a-z-]+\/[a-z-]+/);
		expect(mails[1]!.text_body).not.toContain('Check the carrier');
		expect(mails[1]!.text_body).toContain(`https://help.example/ru/support/${t.ref}`);
		const customerView = await ticketJson(d.ctx(), olga, after, await threadOf(d.db, t.id, false));
		expect(customerView.messages.map((m) => m.body)).not.toContain('Check the carrier');
		expect(customerView).not.toHaveProperty('customer');
	});

	it('refuses empty replies, unknown placeholders and bad statuses, storing nothing', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const t = await d.ticket(await d.person('c@shop.test'));
		const cases: [Record<string, unknown>, string][] = [
			[{ message: '   ' }, 'message'],
			[{ message: 'Hi {{customer.shoe}}' }, 'message'],
			[{ message: 'See {{article:no-such-article}}' }, 'message'],
			[{ message: 'x'.repeat(10_001) }, 'message'],
			[{ message: 'Fine', status: 'new' }, 'status'],
			[{ message: 'Fine', version: 'abc' }, 'version']
		];
		for (const [raw, field] of cases) {
			const result = await agentReply(d.ctx(), agent, t.ref, raw, []);
			expect(result, JSON.stringify(raw)).toMatchObject({ ok: false, status: 422 });
			expect(result.ok === false && 'fields' in result && result.fields?.[field]).toBeTruthy();
		}
		// a field that names something says it in words
		const unknown = await agentReply(
			d.ctx(),
			agent,
			t.ref,
			{ message: 'Hi {{customer.shoe}}' },
			[]
		);
		expect(unknown.ok === false && errorText(unknown.fields!.message!, LL)).toBe(
			LL.errors.unknownPlaceholder({ names: 'customer.shoe' })
		);
		const svg = {
			name: 'logo.svg',
			type: 'image/svg+xml',
			data: new TextEncoder().encode('<svg/>')
		};
		const refusedFile = await agentReply(d.ctx(), agent, t.ref, { message: 'See' }, [svg]);
		expect(refusedFile.ok === false && errorText(refusedFile.fields!.files!, LL)).toBe(
			LL.errors.fileType({ name: 'logo.svg' })
		);
		expect(await threadOf(d.db, t.id, true)).toHaveLength(1);
		expect((await findTicket(d.db, agent, t.ref))!.version).toBe(1);
		const customer = await d.person('d@shop.test');
		expect(await agentReply(d.ctx(), customer, t.ref, { message: 'hi' }, [])).toMatchObject({
			status: 403
		});
	});

	it('a customer reply reopens a solved ticket, restarts the clock and tells the assignee', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const kari = await d.person('kari@shop.test', 'customer', 'nb');
		const t = await d.ticket(kari);
		await agentReply(d.ctx(), agent, t.ref, { message: 'Done!', status: 'solved' }, []);
		expect((await findTicket(d.db, agent, t.ref))!).toMatchObject({
			status: 'solved',
			solved_at: d.now
		});
		d.now += 2 * H;
		const back = await replyToTicket(d.ctx(), kari, t.ref, { message: 'Still broken' }, []);
		expect(back.ok).toBe(true);
		const after = (await findTicket(d.db, agent, t.ref))!;
		expect(after).toMatchObject({
			status: 'open',
			reopen_count: 1,
			awaiting_since: d.now,
			due_at: d.now + 24 * H
		});
		expect(
			(await d.outbox()).some(
				(m) => m.to_address === 'agent@lumo.test' && m.subject.includes(t.ref)
			)
		).toBe(true);
	});

	it('replies record whether a next response met its due time, for the reports', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const c = await d.person('c@shop.test');
		const late = await d.ticket(c);
		const onTime = await d.ticket(c);
		const waiting = await d.ticket(c);
		for (const t of [late, onTime, waiting])
			await agentReply(d.ctx(), agent, t.ref, { message: 'First answer' }, []);
		for (const t of [late, onTime, waiting])
			await replyToTicket(d.ctx(), c, t.ref, { message: 'One more thing' }, []);
		// next answers are due one business day later: Tuesday 10:00
		d.now += 2 * H;
		await agentReply(d.ctx(), agent, onTime.ref, { message: 'Quick' }, []);
		d.now += 30 * H;
		await agentReply(d.ctx(), agent, late.ref, { message: 'Sorry for the wait' }, []);
		// counted as they happened (Monday and Tuesday in Oslo), and who still waits past the due time
		const answered = await replyCounts(d.db, { from: '2026-11-23', to: '2026-11-24' });
		const past = await waitingPastDue(d.db, { start: MONDAY_10 - H, end: d.now + H }, d.now);
		// two answered (one on time) and one still waiting past its due time; first answers do not count
		expect({ measured: answered.measured + past, onTime: answered.onTime }).toEqual({
			measured: 3,
			onTime: 1
		});
	});
});
