import { describe, expect, it } from 'vitest';
import { changesInWords } from '$lib/tickets/words';
import { closeSolvedBefore, ticketEvents } from '../db/ticket-events';
import { listStaff } from '../db/staff';
import { listTeams, saveTeam } from '../db/teams';
import { testDatabases } from '../db/testing/databases';
import { findTicket, threadOf } from '../db/tickets';
import { translator } from '../i18n';
import { errorText } from '../http/messages';
import { AUTO_CLOSE_AFTER_MS, patchTicket, suggestAssignee } from './changes';
import { agentReply } from './replies';
import { desk, H } from './testing/desk';

const LL = translator('en');

describe.each(testDatabases())('ticket changes on $name', (database) => {
	const d = desk(database);

	it('a stale version answers 409 with what changed, and saves nothing', async () => {
		const ann = await d.person('ann@lumo.test', 'agent');
		const bo = await d.person('bo@lumo.test', 'agent');
		const t = await d.ticket(await d.person('c@shop.test'));
		const first = await patchTicket(d.ctx(), ann, t.ref, { assignee: ann.id, version: 1 });
		expect(first).toMatchObject({
			ok: true,
			ticket: { assignee_id: ann.id, status: 'open', version: 2 }
		});
		const second = await patchTicket(d.ctx(), bo, t.ref, { assignee: bo.id, version: 1 });
		expect(second).toMatchObject({
			ok: false,
			status: 409,
			message: 'agent.conflict',
			extra: { version: 2 }
		});
		const changes = second.ok ? [] : changesInWords(second.extra!.changes as never, LL);
		expect(changes[0]).toMatchObject({
			by: 'ann',
			text: 'status: Open · assigned to ann'
		});
		expect((await findTicket(d.db, ann, t.ref))!.assignee_id).toBe(ann.id);
		// a stale reply is not sent either
		const reply = await agentReply(d.ctx(), bo, t.ref, { message: 'Hello', version: '1' }, []);
		expect(reply).toMatchObject({ ok: false, status: 409 });
		expect((await threadOf(d.db, t.id, true)).length).toBe(1);
		// missing or bad version
		expect(await patchTicket(d.ctx(), bo, t.ref, { status: 'pending' })).toMatchObject({
			status: 422,
			fields: { version: 'versionRequired' }
		});
		expect(errorText('versionRequired', LL)).toMatch(/version/);
		expect(errorText('agent.conflict', LL)).toBe(LL.agent.conflict());
	});

	it('a version no ticket can have (beyond a 32-bit integer) is a field error, not a conflict or a crash', async () => {
		const ann = await d.person('ann@lumo.test', 'agent');
		const t = await d.ticket(await d.person('c@shop.test'));
		for (const version of [99999999999, 1e30, '99999999999', 2 ** 31, '1e30', 1.5, -1]) {
			const patched = await patchTicket(d.ctx(), ann, t.ref, { status: 'pending', version });
			expect(patched, `PATCH version ${version}`).toMatchObject({
				status: 422,
				fields: { version: 'versionRequired' }
			});
			const reply = await agentReply(d.ctx(), ann, t.ref, { message: 'Hi', version }, []);
			expect(reply, `reply version ${version}`).toMatchObject({
				status: 422,
				fields: { version: 'versionRequired' }
			});
		}
		expect((await findTicket(d.db, ann, t.ref))!.version).toBe(1);
		expect((await threadOf(d.db, t.id, true)).length).toBe(1);
	});
	it('reassigning asks for a note, mails the new assignee, and never overwrites silently', async () => {
		const ann = await d.person('ann@lumo.test', 'agent');
		const bo = await d.person('bo@lumo.test', 'agent', 'nb');
		const t = await d.ticket(await d.person('c@shop.test'));
		await patchTicket(d.ctx(), ann, t.ref, { assignee: ann.id, version: 1 });
		const noNote = await patchTicket(d.ctx(), ann, t.ref, { assignee: bo.id, version: 2 });
		expect(noNote).toMatchObject({ status: 422, fields: { note: expect.any(String) } });
		expect(
			await patchTicket(d.ctx(), ann, t.ref, { assignee: 'nobody', version: 2 })
		).toMatchObject({
			status: 422,
			fields: { assignee: 'unknownAgent' }
		});
		const ok = await patchTicket(d.ctx(), ann, t.ref, {
			assignee: bo.email,
			note: 'Bo knows our Klarna set-up',
			version: 2
		});
		expect(ok).toMatchObject({ ok: true, ticket: { assignee_id: bo.id } });
		const mail = (await d.outbox()).find((m) => m.to_address === 'bo@lumo.test')!;
		expect(mail.subject).toContain(t.ref);
		expect(mail.text_body).toContain('Bo knows our Klarna set-up');
		expect(mail.text_body).toContain(`https://help.example/agent/tickets/${t.ref}`);
		const events = await ticketEvents(d.db, t.id);
		expect(events.map((e) => e.kind)).toEqual(['update', 'update']);
	});

	it('solved tickets close after 7 days without a reply', async () => {
		const agent = await d.person('agent@lumo.test', 'agent');
		const t = await d.ticket(await d.person('c@shop.test'));
		const u = await d.ticket(await d.person('d@shop.test'));
		await agentReply(d.ctx(), agent, t.ref, { message: 'Done', status: 'solved' }, []);
		d.now += 3 * 24 * H;
		await agentReply(d.ctx(), agent, u.ref, { message: 'Done', status: 'solved' }, []);
		d.now += 4 * 24 * H + 1;
		const closed: string[] = [];
		expect(
			await closeSolvedBefore(d.db, d.now - AUTO_CLOSE_AFTER_MS, d.now, (c) => closed.push(c.ref))
		).toBe(1);
		// the live updates hear of it, so an open page shows it closed
		expect(closed).toEqual([t.ref]);
		expect((await findTicket(d.db, agent, t.ref))!.status).toBe('closed');
		expect((await findTicket(d.db, agent, u.ref))!.status).toBe('solved');
		const events = await ticketEvents(d.db, t.id);
		expect(events.at(-1)).toMatchObject({
			kind: 'status',
			actorId: null,
			data: { automatic: true }
		});
	});

	it('suggests the agent who speaks the language with the fewest open tickets, and a team', async () => {
		const busy = await d.person('busy@lumo.test', 'agent', 'ru');
		const free = await d.person('free@lumo.test', 'agent', 'en');
		await d.person('nb@lumo.test', 'agent', 'nb');
		await saveTeam(
			d.db,
			{ name: 'Russian desk', languages: ['ru'], categories: [], members: [free.id] },
			d.now
		);
		const c = await d.person('c@shop.test', 'customer', 'ru');
		const t1 = await d.ticket(c);
		await patchTicket(d.ctx(), busy, t1.ref, { assignee: busy.id, version: 1 });
		const t2 = await d.ticket(c);
		const suggestion = suggestAssignee(t2, await listStaff(d.db), await listTeams(d.db));
		expect(suggestion.agent?.id).toBe(free.id);
		expect(suggestion.team?.name).toBe('Russian desk');
	});
});
