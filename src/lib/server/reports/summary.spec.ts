import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { rebuildReportFacts } from '../db/report-rebuild';
import { freshEachTest, testDatabases } from '../db/testing/databases';
import { DEFAULT_SETTINGS, type ServiceSettings } from '$lib/service-hours/sla';
import type { ReportQuery } from '$lib/schemas/reports';
import { defaultFilters, resolveFilters, type ReportFilters } from './filters';
import { isoWeek, reportSummary, speedFigures, surveyFigures } from './summary';

// Oslo is UTC+1 in late November: 16:00 there is 15:00Z
const Z = (day: string, time: string) => Date.parse(`${day}T${time}:00Z`);
const SETTINGS: ServiceSettings = { ...DEFAULT_SETTINGS, holidays: ['2026-11-30'] };

function row(over: Partial<Parameters<typeof speedFigures>[0][number]>) {
	return {
		id: randomUUID(),
		ref: 'SV-1',
		status: 'pending' as const,
		locale: 'en',
		category: null,
		article_id: null,
		created_at: 0,
		first_response_at: null,
		first_due_at: null,
		solved_at: null,
		reopen_count: 0,
		agent_replies: 0,
		assignee_id: null,
		team_id: null,
		assignee_name: null,
		team_name: null,
		...over
	};
}

describe('response times in business hours', () => {
	const now = Z('2026-12-03', '11:00');
	const tickets = [
		// Friday 16:00 → Tuesday 10:00, over a weekend and Monday's holiday: 60 + 60 = 120 business minutes
		row({
			created_at: Z('2026-11-27', '15:00'),
			first_response_at: Z('2026-12-01', '09:00'),
			first_due_at: Z('2026-12-01', '15:00'),
			agent_replies: 1
		}),
		// Monday 09:00 → 13:30 (270); solved Wednesday 11:00: 480 + 480 + 120 = 1080; one reply, never reopened
		row({
			status: 'solved',
			created_at: Z('2026-11-23', '08:00'),
			first_response_at: Z('2026-11-23', '12:30'),
			first_due_at: Z('2026-11-24', '08:00'),
			solved_at: Z('2026-11-25', '10:00'),
			agent_replies: 1
		}),
		// Tuesday 15:00, never answered, due Wednesday 15:00: a breach
		row({
			status: 'open',
			created_at: Z('2026-11-24', '14:00'),
			first_due_at: Z('2026-11-25', '14:00')
		}),
		// Wednesday 10:00 → Thursday 12:00 (420 + 180 = 600), late; solved then, reopened since
		row({
			status: 'open',
			created_at: Z('2026-11-25', '09:00'),
			first_response_at: Z('2026-11-26', '11:00'),
			first_due_at: Z('2026-11-26', '09:00'),
			solved_at: Z('2026-11-26', '11:00'),
			reopen_count: 1,
			agent_replies: 2
		})
	];

	it('medians and 90th percentiles count only working time', () => {
		const s = speedFigures(tickets, SETTINGS, now);
		expect(s.firstResponse).toEqual({ n: 3, median: 270, p90: 534 });
		expect(s.resolution).toEqual({ n: 2, median: 840, p90: 1032 });
	});

	it('within target, reopen and one-touch rates', () => {
		const s = speedFigures(tickets, SETTINGS, now);
		expect(s.withinSla).toMatchObject({ n: 4, value: 0.5 });
		expect(s.reopenRate).toMatchObject({ n: 2, value: 0.5 });
		expect(s.oneTouchRate).toMatchObject({ n: 1, value: 1 });
		expect(s.tickets).toBe(4);
		expect(s.solved).toBe(1);
	});

	it('an unanswered ticket not yet due is neither in nor out of target', () => {
		const early = Z('2026-11-25', '10:00');
		expect(speedFigures([tickets[2]!], SETTINGS, early).withinSla).toMatchObject({
			n: 0,
			value: null
		});
	});

	it('nothing to measure gives null, not zero', () => {
		const s = speedFigures([], SETTINGS, now);
		expect(s.firstResponse).toEqual({ n: 0, median: null, p90: null });
		expect(s.withinSla.value).toBeNull();
	});
});

describe('survey figures', () => {
	const answer = (csat: number | null, ces: number | null, nps: number | null) => ({
		csat,
		ces,
		nps,
		value_product: null,
		value_confidence: null,
		assignee_id: null,
		team_id: null,
		locale: 'en',
		category: null,
		answered_at: 0
	});
	it.each([
		['all promoters', [10, 9, 10], 100],
		['all detractors', [0, 6, 3], -100],
		['passives only', [7, 8], 0],
		['a mix', [10, 9, 8, 0], 25]
	])('NPS: %s', (_, scores, expected) => {
		expect(surveyFigures(scores.map((n) => answer(null, null, n))).nps.value).toBe(expected);
	});
	it('NPS of no answers is null with n 0', () => {
		expect(surveyFigures([answer(5, null, null)]).nps).toMatchObject({ n: 0, value: null });
	});
	it('CSAT share and mean, CES mean, distributions', () => {
		const f = surveyFigures([
			answer(5, 7, 10),
			answer(4, 5, null),
			answer(3, null, 0),
			answer(1, null, null)
		]);
		expect(f.csatShare).toMatchObject({ n: 4, value: 0.5 });
		expect(f.csatMean).toMatchObject({ n: 4, value: 3.25 });
		expect(f.cesMean).toMatchObject({ n: 2, value: 6 });
		expect(f.distributions.csat).toEqual([1, 0, 1, 1, 1]);
		expect(f.distributions.nps).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect(f.responses).toBe(4);
	});
});

describe('weeks', () => {
	it.each([
		['2026-11-23', '2026-W48'],
		['2026-11-29', '2026-W48'],
		['2027-01-01', '2026-W53'],
		['2025-12-29', '2026-W01']
	])('%s is in %s', (day, week) => expect(isoWeek(day)).toBe(week));
});

describe.each(testDatabases())('the summary on $name', (database) => {
	let db: DB;
	freshEachTest(database, (opened) => (db = opened));
	const now = Z('2026-11-27', '12:00');

	async function survey(
		answers: { csat?: number; ces?: number; nps?: number },
		answeredAt: number,
		locale = 'en',
		teamId: string | null = null
	) {
		const user = randomUUID();
		await db
			.insertInto('users')
			.values({
				id: user,
				email: `${user}@x.test`,
				email_verified_at: null,
				name: 'x',
				password_hash: null,
				locale,
				role: 'customer',
				shop_name: null,
				shop_url: null,
				phone: null,
				time_zone: null,
				created_at: 0,
				deleted_at: null
			})
			.execute();
		const ticket = randomUUID();
		await db
			.insertInto('tickets')
			.values({
				id: ticket,
				number: Math.floor(Math.random() * 1e9),
				ref: `SV-${ticket.slice(0, 8)}`,
				user_id: user,
				subject: 's',
				status: 'solved',
				locale,
				category: null,
				article_id: null,
				article_locale: null,
				article_updated: null,
				callback_phone: null,
				callback_window: null,
				context: null,
				idempotency_key: null,
				team_id: teamId,
				created_at: answeredAt - 60_000,
				updated_at: answeredAt
			})
			.execute();
		await db
			.insertInto('surveys')
			.values({
				id: randomUUID(),
				ticket_id: ticket,
				user_id: user,
				locale,
				assignee_id: null,
				team_id: teamId,
				category: null,
				token_hash: null,
				edit_hash: null,
				created_at: answeredAt,
				send_after: answeredAt,
				sent_at: answeredAt,
				expires_at: null,
				used_at: answeredAt,
				answered_at: answeredAt,
				updated_at: answeredAt,
				csat: answers.csat ?? null,
				ces: answers.ces ?? null,
				nps: answers.nps ?? null,
				value_product: null,
				value_confidence: null,
				comment: null
			})
			.execute();
	}

	const filtersOf = (q: Partial<ReportQuery>) =>
		resolveFilters(db, { from: '', to: '', locale: '', team: '', ...q }, SETTINGS, now);
	// the history above is written straight into the tables, past the app's paths that keep the running
	// figures: they are computed from it as the migration does for data it finds
	const summaryOf = async (filters: ReportFilters) => {
		await rebuildReportFacts(db, SETTINGS);
		return (await reportSummary(db, filters, SETTINGS, now)).summary;
	};

	it('counts what happened in the period (team time zone), in the language asked for', async () => {
		await survey({ csat: 5, ces: 7, nps: 10 }, Z('2026-11-26', '10:00'));
		await survey({ csat: 2, ces: 3, nps: 3 }, Z('2026-11-26', '11:00'), 'nb');
		// 23:30Z on the 31st of October is already 1 November in Oslo: outside a period ending 31 October
		await survey({ csat: 1, nps: 0 }, Z('2026-10-31', '23:30'));
		for (const [query, results] of [
			['faktura', 0],
			['faktura', 0],
			['retur', 3],
			['vipps', 0]
		] as const)
			await db
				.insertInto('search_events')
				.values({
					id: randomUUID(),
					locale: 'nb',
					query,
					results,
					opened_article: null,
					visit_id: null,
					created_at: Z('2026-11-25', '12:00')
				})
				.execute();
		for (const event of ['solved', 'solved', 'ticket', 'suggested'] as const)
			await db
				.insertInto('deflection_events')
				.values({
					id: randomUUID(),
					locale: 'nb',
					article_id: null,
					event,
					created_at: Z('2026-11-25', '12:00')
				})
				.execute();
		await db
			.insertInto('page_views')
			.values([
				{ day: '2026-11-25', locale: 'nb', article_id: 'wrong-item', views: 30, visits: 0 },
				{ day: '2026-11-25', locale: 'nb', article_id: '', views: 20, visits: 40 }
			])
			.execute();
		const filters = await filtersOf({});
		expect(filters).toMatchObject({ ok: true, filters: { from: '2026-10-29', to: '2026-11-27' } });
		if (!filters.ok) throw new Error('the default period was refused');
		// what the page falls back to when a filter is wrong
		expect(defaultFilters(SETTINGS, now)).toEqual(filters.filters);
		const all = await summaryOf(filters.filters);
		expect(all).toMatchObject({ responses: 3, nps: -33.3, csatMean: 2.67, cesMean: 5 });
		// each answer joins its ticket's group; the weeks count tickets only
		expect(all.breakdowns.locale).toMatchObject([
			{ key: 'en', tickets: 2, responses: 2, csatMean: 3 },
			{ key: 'nb', tickets: 1, responses: 1, csatMean: 2 }
		]);
		expect(all.breakdowns.week).toMatchObject([
			{ key: '2026-W44', tickets: 1, responses: 0, csatMean: null },
			{ key: '2026-W48', tickets: 2, responses: 0, csatMean: null }
		]);
		const october = await summaryOf({ from: '2026-10-01', to: '2026-10-31', locale: 'en' });
		expect(october.responses).toBe(0);
		const november = await summaryOf({ from: '2026-11-01', to: '2026-11-27', locale: 'en' });
		expect(november.responses).toBe(2);
		const en = await summaryOf({ from: '2026-11-02', to: '2026-11-27', locale: 'en' });
		expect(en).toMatchObject({ responses: 1, nps: 100, csatShare: 1, csatMean: 5, cesMean: 7 });
		expect(en.figures.nps).toMatchObject({ n: 1, value: 100 });
		const nb = await summaryOf({ from: '2026-11-01', to: '2026-11-27', locale: 'nb' });
		expect(nb).toMatchObject({
			responses: 1,
			searches: 4,
			noResultRate: 0.75,
			topNoResultQueries: [
				{ query: 'faktura', locale: 'nb', count: 2 },
				{ query: 'vipps', locale: 'nb', count: 1 }
			],
			deflections: 2,
			contactTickets: 1,
			deflectionRate: 0.667,
			articleViews: 30,
			visits: 40
		});
		// one ticket (the nb survey's) in the period per 40 visits
		expect(nb.ticketsPer1000Visits).toBe(25);
		const bad = await filtersOf({ from: '2026-11-27', to: '2026-11-01' });
		expect(bad).toMatchObject({ ok: false, field: 'from' });
		const noTeam = await filtersOf({ team: 'nope' });
		expect(noTeam).toMatchObject({ ok: false, field: 'team' });
	});

	it('narrows to a team what has one, and leaves the searches (which have none) alone', async () => {
		await db
			.insertInto('teams')
			.values({ id: 'nordic', name: 'Nordic', languages: '[]', categories: '[]', created_at: 0 })
			.execute();
		await survey({ csat: 5 }, Z('2026-11-26', '10:00'), 'nb', 'nordic');
		await survey({ csat: 1 }, Z('2026-11-26', '11:00'), 'nb');
		await db
			.insertInto('search_events')
			.values({
				id: randomUUID(),
				locale: 'nb',
				query: 'vipps',
				results: 0,
				opened_article: null,
				visit_id: null,
				created_at: Z('2026-11-25', '12:00')
			})
			.execute();
		const period = { from: '2026-11-01', to: '2026-11-27', locale: 'nb' } as const;
		expect(await summaryOf(period)).toMatchObject({ responses: 2, searches: 1 });
		const nordic = await summaryOf({ ...period, teamId: 'nordic' });
		expect(nordic).toMatchObject({ responses: 1, csatMean: 5, searches: 1 });
		expect(nordic.breakdowns.locale).toMatchObject([{ key: 'nb', tickets: 1 }]);
	});
});
