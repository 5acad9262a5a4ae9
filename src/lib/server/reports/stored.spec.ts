// The running figures the reports read (db/report-facts.ts) are kept in the transactions of the changes that move
// them. Whatever happens to tickets and surveys, the summary from them is the summary computed from the raw rows
// at that moment: every figure, breakdown and interval, to the last digit.
import { describe, expect, it } from 'vitest';
import { deleteTeam, saveTeam } from '../db/teams';
import { closeSolvedBefore } from '../db/ticket-events';
import { rawFigures } from '../db/testing/raw-figures';
import {
	DEFAULT_SETTINGS,
	loadServiceSettings,
	saveServiceSettings,
	settingsForm
} from '../service-hours';
import { answerOwnSurvey } from '../surveys';
import { patchTicket } from '../tickets/changes';
import { agentReply, replyToTicket } from '../tickets/replies';
import { desk, H } from '../tickets/testing/desk';
import { testDatabases } from '../db/testing/databases';
import type { ReportFilters } from './filters';
import { reportSummary } from './summary';

const DAY = 24 * H;

describe.each(testDatabases())('the running figures on $name', (database) => {
	const d = desk(database);

	/** The summary from the running figures and from the raw rows, for each of these filters. */
	async function bothWays(teams: string[]) {
		const settings = await loadServiceSettings(d.db);
		const filters: ReportFilters[] = [
			{ from: '2026-11-01', to: '2026-12-31' },
			{ from: '2026-11-23', to: '2026-11-24' },
			{ from: '2026-11-01', to: '2026-12-31', locale: 'nb' },
			...teams.map((teamId) => ({ from: '2026-11-01', to: '2026-12-31', teamId }))
		];
		for (const f of filters) {
			const stored = await reportSummary(d.db, f, settings, d.now);
			const raw = await reportSummary(d.db, f, settings, d.now, rawFigures(settings));
			expect(stored, JSON.stringify(f)).toEqual(raw);
		}
		return reportSummary(d.db, filters[0]!, settings, d.now);
	}

	const reply = async (agent: Parameters<typeof agentReply>[1], ref: string, status?: string) => {
		const result = await agentReply(d.ctx(), agent, ref, { message: 'Done', status }, []);
		expect(result.ok).toBe(true);
	};
	const customerWrites = async (customer: Parameters<typeof replyToTicket>[1], ref: string) => {
		const result = await replyToTicket(d.ctx(), customer, ref, { message: 'And now?' }, []);
		expect(result.ok).toBe(true);
	};
	const patch = async (agent: Parameters<typeof patchTicket>[1], ref: string, change: object) => {
		const { version } = await d.db
			.selectFrom('tickets')
			.select('version')
			.where('ref', '=', ref)
			.executeTakeFirstOrThrow();
		const note = 'Handing over';
		expect((await patchTicket(d.ctx(), agent, ref, { ...change, version, note })).ok).toBe(true);
	};

	it('equal the figures from the raw rows after creating, answering, solving, reopening, surveys, moves and deletes', async () => {
		const ada = await d.person('ada@lumo.test', 'admin');
		const bo = await d.person('bo@lumo.test', 'agent', 'nb');
		const nordic = await saveTeam(
			d.db,
			{ name: 'Nordic', languages: ['nb'], categories: [], members: [bo.id] },
			d.now
		);
		const europe = await saveTeam(
			d.db,
			{ name: 'Europe', languages: ['en'], categories: [], members: [ada.id] },
			d.now
		);
		const kari = await d.person('kari@shop.test', 'customer', 'nb');
		const olga = await d.person('olga@shop.test', 'customer', 'ru');
		const sam = await d.person('sam@shop.test');
		const first = await d.ticket(kari, { category: 'payments' });
		const second = await d.ticket(olga, { articleId: 'late-delivery' });
		const third = await d.ticket(sam);
		await bothWays([nordic, europe]);

		// answered within hours, then the customer writes again and waits; the second answer is late
		d.now += 2 * H;
		await reply(bo, first.ref, 'pending');
		await patch(bo, first.ref, { team: nordic });
		d.now += H;
		await customerWrites(kari, first.ref);
		d.now += 3 * DAY;
		await reply(bo, first.ref, 'solved');
		// assigned, put in a team, answered on time, moved to another team with its next responses, solved
		await patch(ada, second.ref, { assignee: ada.id, team: nordic });
		await reply(ada, second.ref, 'pending');
		await customerWrites(olga, second.ref);
		d.now += H;
		await reply(ada, second.ref);
		await patch(ada, second.ref, { team: europe, status: 'solved' });
		await bothWays([nordic, europe]);

		// surveys (sent as each was solved) answered, one changed afterwards; the first ticket reopened and solved again
		expect((await answerOwnSurvey(d.ctx(), kari, first.ref, { csat: '5', nps: '9' })).ok).toBe(
			true
		);
		expect((await answerOwnSurvey(d.ctx(), olga, second.ref, { csat: '2', ces: '6' })).ok).toBe(
			true
		);
		d.now += H;
		expect(
			(await answerOwnSurvey(d.ctx(), olga, second.ref, { csat: '4', valueProduct: '7' })).ok
		).toBe(true);
		await customerWrites(kari, first.ref);
		d.now += 2 * H;
		await reply(bo, first.ref, 'solved');
		await bothWays([nordic, europe]);

		// the third never answered and now past due; a team deleted; solved tickets closing by themselves
		d.now += 10 * DAY;
		await deleteTeam(d.db, nordic);
		expect(await closeSolvedBefore(d.db, d.now - 7 * DAY, d.now)).toBe(2);
		const late = await bothWays([europe]);
		expect(late).toMatchObject({
			summary: { tickets: 3, solved: 2, responses: 2, reopenRate: 0.5 }
		});
		expect(late.summary.figures.firstResponse.n).toBe(2);
		expect(late.summary.figures.nextWithinSla.n).toBeGreaterThan(0);
		expect(third.ref).toBeTruthy();

		// other service hours: every time and day computed again under them
		const changed = await saveServiceSettings(d.db, {
			...settingsForm(DEFAULT_SETTINGS),
			timeZone: 'America/New_York',
			start: '07:00',
			end: '19:00'
		});
		expect(changed.ok).toBe(true);
		await reply(ada, third.ref, 'solved');
		const after = await bothWays([europe]);
		expect(after.summary.figures.firstResponse.n).toBe(3);
		expect(after.summary.firstResponseMedianMinutes).not.toBe(
			late.summary.firstResponseMedianMinutes
		);
	});
});
