import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import type { DB } from '../db';
import { freshEachTest, testDatabases, testUser } from '../db/testing/databases';
import { translator } from '../i18n';
import { patchTicket } from '../tickets/changes';
import { agentReply, replyToTicket } from '../tickets/replies';
import { createTicket } from '../tickets/service';
import { DEFAULT_SETTINGS, saveServiceSettings, settingsForm } from '../service-hours';
import {
	accessByToken,
	answerByToken,
	answerOwnSurvey,
	dispatchSurveys,
	EDIT_WINDOW_MS,
	LINK_LIFETIME_MS,
	openSurvey,
	surveyPage
} from './index';

const H = 60 * 60 * 1000;
const ORIGIN = 'https://help.example';

describe.each(testDatabases())('surveys on $name', (database) => {
	let db: DB;
	let now = Date.UTC(2026, 10, 23, 9);
	const ctx = () => ({ db, now, origin: ORIGIN, ip: '203.0.113.7' });

	const person = (email: string, role: SessionUser['role'] = 'customer', locale = 'en') =>
		testUser(db, email, role, locale, now);

	/** A ticket solved by an agent; the survey mail's link token. */
	async function solved(customer: SessionUser, agent: SessionUser) {
		const created = await createTicket(
			ctx(),
			customer,
			{ subject: 'Feil vare', message: 'Jeg fikk feil vare', locale: customer.locale },
			[]
		);
		if (!created.ok) throw new Error('ticket refused');
		await agentReply(ctx(), agent, created.ticket.ref, { message: 'Sendt!', status: 'solved' }, []);
		return created.ticket;
	}
	const surveyMails = (to: string) =>
		db
			.selectFrom('outbox')
			.selectAll()
			.where('to_address', '=', to)
			.where('text_body', 'like', '%/survey/%')
			.execute();
	const tokenIn = (text: string) => /\/survey\/([0-9a-f-]{36}\.[A-Za-z0-9_-]+)/.exec(text)![1]!;

	freshEachTest(database, (opened) => {
		db = opened;
		now = Date.UTC(2026, 10, 23, 9);
	});

	it('solving sends one survey, in the customer’s language, with one-click answers', async () => {
		const kari = await person('kari@shop.test', 'customer', 'nb');
		const agent = await person('agent@lumo.test', 'agent');
		const ticket = await solved(kari, agent);
		const mails = await surveyMails('kari@shop.test');
		expect(mails).toHaveLength(1);
		expect(mails[0]!.subject).toContain(ticket.ref);
		const text = mails[0]!.text_body;
		expect(text).toContain(translator('nb').survey.csat());
		for (const n of [1, 2, 3, 4, 5])
			expect(text).toMatch(new RegExp(`/nb/survey/[^\\s]+\\?csat=${n}`));
		// solving again (after a reopen) does not send a second survey
		await replyToTicket(ctx(), kari, ticket.ref, { message: 'Hm' }, []);
		await agentReply(ctx(), agent, ticket.ref, { message: 'Nå!', status: 'solved' }, []);
		expect(await surveyMails('kari@shop.test')).toHaveLength(1);
	});

	it('waits for the admin’s delay, and for the ticket to be solved still', async () => {
		const saved = await saveServiceSettings(db, {
			...settingsForm(DEFAULT_SETTINGS),
			surveyDelayHours: '2'
		});
		expect(saved.ok).toBe(true);
		const c = await person('c@shop.test', 'customer');
		const agent = await person('agent@lumo.test', 'agent');
		const ticket = await solved(c, agent);
		expect(await surveyMails('c@shop.test')).toHaveLength(0);
		now += H;
		// reopened within the delay: no survey while it is open
		await replyToTicket(ctx(), c, ticket.ref, { message: 'Not yet' }, []);
		now += 2 * H;
		expect(await dispatchSurveys(db, now, ORIGIN)).toBe(0);
		await agentReply(ctx(), agent, ticket.ref, { message: 'Done', status: 'solved' }, []);
		expect(await surveyMails('c@shop.test')).toHaveLength(1);
		expect(
			await saveServiceSettings(db, { ...settingsForm(DEFAULT_SETTINGS), surveyDelayHours: '-1' })
		).toMatchObject({ ok: false });
	});

	it('the link answers once; the same browser may change answers for 7 days; misuse is refused', async () => {
		const c = await person('c@shop.test', 'customer');
		const agent = await person('agent@lumo.test', 'agent');
		const ticket = await solved(c, agent);
		const token = tokenIn((await surveyMails('c@shop.test'))[0]!.text_body);
		const first = await answerByToken(ctx(), token, { csat: '5' }, undefined);
		expect(first).toMatchObject({ ok: true, survey: { csat: 5, answered_at: now } });
		const cookie = first.ok ? first.editCookie : undefined;
		expect(cookie).toBeTruthy();
		// reused without the cookie
		expect(await answerByToken(ctx(), token, { nps: '9' }, undefined)).toMatchObject({
			status: 410,
			code: 'used'
		});
		// with the cookie: the rest, and a change
		now += 3 * 24 * H;
		const more = await answerByToken(
			ctx(),
			token,
			{ csat: '4', ces: '6', nps: '9', valueProduct: '7', comment: 'Quick!' },
			cookie
		);
		expect(more).toMatchObject({
			ok: true,
			survey: {
				csat: 4,
				ces: 6,
				nps: 9,
				value_product: 7,
				value_confidence: null,
				comment: 'Quick!'
			}
		});
		// a forged cookie or another survey's cookie does not help
		expect(
			await answerByToken(ctx(), token, { nps: '1' }, `${cookie!.split('.')[0]}.forged`)
		).toMatchObject({
			code: 'used'
		});
		// another ticket's link
		expect(
			await answerByToken(ctx(), token, { nps: '1', ticket: 'SV-9999' }, cookie)
		).toMatchObject({
			status: 409,
			code: 'other_ticket'
		});
		expect(
			await answerByToken(ctx(), token, { nps: '1', ticket: ticket.ref.toLowerCase() }, cookie)
		).toMatchObject({
			ok: true
		});
		// out of range, and nothing at all
		expect(await answerByToken(ctx(), token, { csat: '6', nps: '11' }, cookie)).toMatchObject({
			status: 422,
			fields: { csat: 'invalidScore', nps: 'invalidScore' }
		});
		expect(await answerByToken(ctx(), token, { comment: '' }, cookie)).toMatchObject({
			status: 422
		});
		// after 7 days: closed
		now = Number(first.ok ? first.survey.answered_at : 0) + EDIT_WINDOW_MS + 1;
		expect(await answerByToken(ctx(), token, { nps: '2' }, cookie)).toMatchObject({
			status: 410,
			code: 'closed'
		});
		// forged tokens
		for (const bad of [
			'',
			'nope',
			`${token}x`,
			token.split('.')[0] + '.AAAAAAAAAAAAAAAAAAAAAAAA',
			`${token}.x`
		])
			expect(await answerByToken(ctx(), bad, { csat: '5' }, undefined), bad).toMatchObject({
				status: 404,
				code: 'invalid_link'
			});
	});

	it('the survey page shows the ticket and answers, or says why the link is refused', async () => {
		const c = await person('c@shop.test', 'customer');
		const agent = await person('agent@lumo.test', 'agent');
		const ticket = await solved(c, agent);
		const token = tokenIn((await surveyMails('c@shop.test'))[0]!.text_body);
		const page = async (t: string, cookie?: string) =>
			surveyPage(db, await accessByToken(db, t, now, cookie));
		expect(await page(token)).toMatchObject({
			ok: true,
			shown: {
				ref: ticket.ref,
				subject: ticket.subject,
				answers: { csat: null },
				editableUntil: null
			}
		});
		const first = await answerByToken(ctx(), token, { csat: '4' }, undefined);
		expect(await page(token, first.ok ? first.editCookie : undefined)).toMatchObject({
			ok: true,
			shown: {
				answers: { csat: 4 },
				editableUntil: new Date(now + EDIT_WINDOW_MS).toISOString()
			}
		});
		expect(await page(token)).toMatchObject({
			status: 410,
			code: 'used',
			message: 'survey.used'
		});
		expect(await page(`${token.split('.')[0]}.AAAAAAAAAAAAAAAAAAAAAAAA`)).toMatchObject({
			status: 404,
			code: 'invalid_link',
			message: 'survey.invalidLink'
		});
	});

	it('opening a one-click link only chooses the score: nothing is stored or used up until the answer is sent', async () => {
		const c = await person('c@shop.test', 'customer', 'fr');
		const agent = await person('agent@lumo.test', 'agent');
		await solved(c, agent);
		const token = tokenIn((await surveyMails('c@shop.test'))[0]!.text_body);
		const stored = () => db.selectFrom('surveys').select(['csat', 'used_at']).execute();
		// a mail scanner opens every score's link, some of them twice
		for (const value of ['1', '5', '1', '9'])
			await openSurvey(ctx(), token, undefined, { name: 'csat', value });
		expect(await stored()).toEqual([{ csat: null, used_at: null }]);
		expect(await openSurvey(ctx(), token, undefined, { name: 'csat', value: '4' })).toMatchObject({
			ok: true,
			shown: { answers: { csat: 4 }, chosen: true }
		});
		// a score out of range chooses nothing
		const wrong = await openSurvey(ctx(), token, undefined, { name: 'csat', value: '9' });
		expect(wrong).toMatchObject({ ok: true, shown: { answers: { csat: null } } });
		expect(wrong.ok && 'chosen' in wrong.shown).toBe(false);
		// the reader's Send (the page's POST) stores it
		expect(await answerByToken(ctx(), token, { csat: '4' }, undefined)).toMatchObject({ ok: true });
		expect(await stored()).toEqual([{ csat: 4, used_at: now }]);
	});

	it('the customer may answer from their ticket, which uses the link up; unused links expire', async () => {
		const c = await person('c@shop.test', 'customer');
		const other = await person('d@shop.test', 'customer');
		const agent = await person('agent@lumo.test', 'agent');
		const ticket = await solved(c, agent);
		const token = tokenIn((await surveyMails('c@shop.test'))[0]!.text_body);
		expect(await answerOwnSurvey(ctx(), other, ticket.ref, { csat: '1' })).toMatchObject({
			status: 404
		});
		expect(await answerOwnSurvey(ctx(), c, ticket.ref, { csat: '3' })).toMatchObject({
			ok: true,
			survey: { csat: 3 }
		});
		expect(await answerByToken(ctx(), token, { csat: '5' }, undefined)).toMatchObject({
			code: 'used'
		});
		expect(await answerOwnSurvey(ctx(), c, ticket.ref, { csat: '4' })).toMatchObject({
			ok: true,
			survey: { csat: 4 }
		});
		const second = await solved(c, agent);
		const mails = await surveyMails('c@shop.test');
		const token2 = tokenIn(mails.find((m) => m.subject.includes(second.ref))!.text_body);
		now += LINK_LIFETIME_MS + 1;
		expect(await answerByToken(ctx(), token2, { csat: '3' }, undefined)).toMatchObject({
			status: 410,
			code: 'expired'
		});
		expect(await answerOwnSurvey(ctx(), c, second.ref, { csat: '3' })).toMatchObject({
			status: 410,
			code: 'expired'
		});
	});

	it('answers are stored with who solved the ticket, for the reports', async () => {
		const c = await person('c@shop.test', 'customer');
		const agent = await person('agent@lumo.test', 'agent');
		const created = await createTicket(ctx(), c, { subject: 's', message: 'm', locale: 'en' }, []);
		if (!created.ok) throw new Error('refused');
		await patchTicket(ctx(), agent, created.ticket.ref, {
			assignee: agent.id,
			status: 'solved',
			version: 1
		});
		const survey = await db.selectFrom('surveys').selectAll().executeTakeFirstOrThrow();
		expect(survey).toMatchObject({ assignee_id: agent.id, locale: 'en' });
	});
});
