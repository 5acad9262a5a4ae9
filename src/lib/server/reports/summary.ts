// The service figures, exactly as the reports page and GET /api/v1/reports/summary define them. Durations are
// business minutes under the admins' service hours; every figure carries its n (and a 95% interval).
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { fromZoned } from '$lib/service-hours/business-hours';
import type { ServiceSettings } from '$lib/service-hours/sla';
import type { DB } from '../db';
import {
	ANSWER_COLUMNS,
	storedFigures,
	type ReportedTicket,
	type ReportSource
} from '../db/reports';
import { emptySearches, namesOf, periodCounts, voteCounts } from '../db/report-period';
import { content } from '../content';
import { translationStatus } from '../content/status';
import { responsesOf, scores, surveyFiguresOf, type AnswerRun } from './answers';
import { addDays, type ReportFilters } from './filters';
import { meanOfRuns, rate, round, type Figure } from './figures';
import {
	isoWeek,
	speedByGroup,
	speedFigures,
	type Grouping,
	type NumberedGrouping,
	type SpeedFigures
} from './speed';

export { isoWeek, speedFigures, type SpeedFigures } from './speed';
export { surveyFigures } from './answers';

type TicketRow = ReportedTicket;

/** Each day's local midnight in a zone, worked out once: a zone's past does not change while the server runs. */
const midnights = new Map<string, number>();
function midnight(day: string, timeZone: string): number {
	const key = `${timeZone} ${day}`;
	let at = midnights.get(key);
	if (at === undefined) {
		if (midnights.size > 10_000) midnights.clear();
		midnights.set(key, (at = fromZoned(day, '00:00', timeZone)));
	}
	return at;
}

/**
 * The ISO week of each instant of the report's days, numbered: their local midnights looked up, not each
 * instant's date.
 */
function weekOfInstant(f: ReportFilters, timeZone: string): NumberedGrouping<TicketRow> {
	const days: string[] = [];
	for (let day = f.from; day <= f.to; day = addDays(day, 1)) days.push(day);
	const starts = days.map((day) => midnight(day, timeZone));
	const dayWeeks = days.map(isoWeek);
	const weeks = [...new Set(dayWeeks)];
	const weekOfDay = dayWeeks.map((week) => weeks.indexOf(week));
	return {
		number: (t) => {
			const at = Number(t.created_at);
			let lo = 0;
			let hi = starts.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (starts[mid]! <= at) lo = mid;
				else hi = mid - 1;
			}
			return weekOfDay[lo]!;
		},
		key: (week) => weeks[week]!
	};
}

const roundFigure = (f: Figure, digits = 3) => ({
	n: f.n,
	value: round(f.value, digits),
	ci: f.ci
		? ([round(f.ci[0], digits), round(f.ci[1], digits)] as [number | null, number | null])
		: null
});

export interface GroupRow {
	key: string;
	label: string;
	tickets: number;
	firstResponseMedianMinutes: number | null;
	firstResponseP90Minutes: number | null;
	resolutionMedianMinutes: number | null;
	resolutionP90Minutes: number | null;
	withinSla: number | null;
	reopenRate: number | null;
	oneTouchRate: number | null;
	csatMean: number | null;
	responses: number;
}

/** Rows by key, in their original order within each group. */
function bucket<R>(rows: readonly R[], keyOf: (r: R) => string): Map<string, R[]> {
	const groups = new Map<string, R[]>();
	for (const r of rows) {
		const key = keyOf(r);
		const list = groups.get(key);
		if (list) list.push(r);
		else groups.set(key, [r]);
	}
	return groups;
}

function groupRow(key: string, label: string, s: SpeedFigures, answers: AnswerRun[]): GroupRow {
	return {
		key,
		label,
		tickets: s.tickets,
		firstResponseMedianMinutes: s.firstResponse.median,
		firstResponseP90Minutes: s.firstResponse.p90,
		resolutionMedianMinutes: s.resolution.median,
		resolutionP90Minutes: s.resolution.p90,
		withinSla: round(s.withinSla.value, 3),
		reopenRate: round(s.reopenRate.value, 3),
		oneTouchRate: round(s.oneTouchRate.value, 3),
		csatMean: round(meanOfRuns(scores(answers, 'csat')).value, 2),
		responses: responsesOf(answers)
	};
}

export async function reportSummary(
	db: DB,
	f: ReportFilters,
	settings: ServiceSettings,
	now: number,
	source: ReportSource = storedFigures
) {
	const start = midnight(f.from, settings.timeZone);
	const end = midnight(addDays(f.to, 1), settings.timeZone);
	const range = { start, end, locale: f.locale, teamId: f.teamId };
	const days = { from: f.from, to: f.to, locale: f.locale, teamId: f.teamId };
	const [answers, tickets, counts, top, votes, replies] = await Promise.all([
		source.answers(db, days),
		source.tickets(db, range),
		periodCounts(db, range, { fromDay: f.from, toDay: f.to }, now),
		emptySearches(db, range),
		voteCounts(db, range),
		source.replies(db, days)
	]);
	const searches = { searches: counts.searches, zero: counts.zero, top };
	const deflect = { deflections: counts.deflections, contactTickets: counts.contactTickets };
	const views = { articleViews: counts.articleViews, visits: counts.visits };
	const waiting = counts.waitingPastDue;
	// answered within target, or still waiting past it
	const nextWithinSla = rate(replies.onTime, replies.measured + waiting);
	const s = surveyFiguresOf(answers.all);
	const voteTotal = votes.reduce((a, x) => a + x.n, 0);
	const voteYes = votes.reduce((a, x) => a + x.yes, 0);
	const noResult = rate(searches.zero, searches.searches);
	const helpful = rate(voteYes, voteTotal);
	const deflection = rate(deflect.deflections, deflect.deflections + deflect.contactTickets);
	const locale = f.locale ?? 'en';
	// an answer carries its ticket's assignee, team, locale and category, so it joins that ticket's group
	const columns = ANSWER_COLUMNS;
	// by the codes the rows were read as, where they were
	const keyOf = (column: (typeof columns)[number]): Grouping<TicketRow> =>
		tickets.numbered?.(column) ?? ((r) => r[column] ?? '');
	// the tickets grouped every way at once: all of them, by each column, and by the week they were created in
	// and in the same pass, how many tickets each article was attached to
	const attached = new Map<string, number>();
	const [all, ...grouped] = speedByGroup(
		tickets,
		[() => '', ...columns.map(keyOf), weekOfInstant(f, settings.timeZone)],
		settings,
		now,
		(t) => {
			if (t.article_id) attached.set(t.article_id, (attached.get(t.article_id) ?? 0) + 1);
		}
	);
	// the agents and teams the breakdowns name: their groups' keys
	const named = (i: number) => [...grouped[i]!.keys()].filter(Boolean);
	const names = await namesOf(db, named(0), named(1));
	const speed = all!.get('') ?? speedFigures([], settings, now);
	/** The groups of one grouping, each with the survey answers filed under the same key. */
	const breakdown = (
		groups: Map<string, SpeedFigures>,
		labelOf: (key: string) => string,
		answersBy = new Map<string, AnswerRun[]>()
	): GroupRow[] =>
		[...groups]
			.map(([key, figures]) => groupRow(key, labelOf(key), figures, answersBy.get(key) ?? []))
			.sort((a, b) => a.key.localeCompare(b.key));
	const byColumn = (i: number, labelOf: (key: string) => string) =>
		breakdown(
			grouped[i]!,
			labelOf,
			bucket(answers.by[columns[i]!], (r) => r.key)
		);
	const by = {
		agent: byColumn(0, (k) => (k ? (names.users.get(k) ?? k) : '')),
		team: byColumn(1, (k) => (k ? (names.teams.get(k) ?? k) : '')),
		locale: byColumn(2, (k) => k),
		category: byColumn(3, (k) => (k ? (content.category(k, locale)?.meta.title ?? k) : '')),
		// by the week each ticket was created; survey answers are not split by week
		week: breakdown(grouped[4]!, (k) => k)
	};
	const summary = {
		from: f.from,
		to: f.to,
		timeZone: settings.timeZone,
		locale: f.locale ?? null,
		team: f.teamId ?? null,
		// the headline figures, flat
		responses: s.responses,
		nps: round(s.nps.value, 1),
		csatShare: round(s.csatShare.value, 3),
		csatMean: round(s.csatMean.value, 2),
		cesMean: round(s.cesMean.value, 2),
		valueProductMean: round(s.valueProductMean.value, 2),
		valueConfidenceMean: round(s.valueConfidenceMean.value, 2),
		tickets: speed.tickets,
		solved: speed.solved,
		firstResponseMedianMinutes: speed.firstResponse.median,
		firstResponseP90Minutes: speed.firstResponse.p90,
		resolutionMedianMinutes: speed.resolution.median,
		resolutionP90Minutes: speed.resolution.p90,
		withinSla: round(speed.withinSla.value, 3),
		nextWithinSla: round(nextWithinSla.value, 3),
		reopenRate: round(speed.reopenRate.value, 3),
		oneTouchRate: round(speed.oneTouchRate.value, 3),
		searches: searches.searches,
		noResultRate: round(noResult.value, 3),
		topNoResultQueries: searches.top,
		articleViews: views.articleViews,
		visits: views.visits,
		helpfulShare: round(helpful.value, 3),
		deflections: deflect.deflections,
		contactTickets: deflect.contactTickets,
		deflectionRate: round(deflection.value, 3),
		ticketsPer1000Visits: views.visits ? round((speed.tickets / views.visits) * 1000, 1) : null,
		// each figure with its n and 95% interval
		figures: {
			nps: roundFigure(s.nps, 1),
			csatShare: roundFigure(s.csatShare),
			csatMean: roundFigure(s.csatMean, 2),
			cesMean: roundFigure(s.cesMean, 2),
			valueProductMean: roundFigure(s.valueProductMean, 2),
			valueConfidenceMean: roundFigure(s.valueConfidenceMean, 2),
			withinSla: roundFigure(speed.withinSla),
			nextWithinSla: roundFigure(nextWithinSla),
			reopenRate: roundFigure(speed.reopenRate),
			oneTouchRate: roundFigure(speed.oneTouchRate),
			noResultRate: roundFigure(noResult),
			helpfulShare: roundFigure(helpful),
			deflectionRate: roundFigure(deflection),
			firstResponse: speed.firstResponse,
			resolution: speed.resolution
		},
		distributions: s.distributions,
		breakdowns: by
	};
	// what only the editors' list (contentToFix) needs besides the summary, which the API answers with as is
	return { summary, articles: { votes, attached: attachedCounts(attached) } };
}

/** How many tickets each article was attached to, most first. */
function attachedCounts(attached: Map<string, number>) {
	return [...attached]
		.map(([id, count]) => ({ id, count }))
		.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

export type Report = Awaited<ReturnType<typeof reportSummary>>;
export type Summary = Report['summary'];

/** For editors: articles behind many tickets, articles few find helpful, stale translations, empty searches. */
export function contentToFix({ summary, articles }: Report) {
	const fileOf = (id: string, locale: Locale = 'en') =>
		(content.article(id, locale)?.meta.file ?? '').replace(/^\//, '');
	const title = (id: string) => content.article(id, 'en')?.meta.title ?? id;
	return {
		attachedOften: articles.attached
			.filter((a) => a.count >= 2 && content.hasArticle(a.id))
			.slice(0, 10)
			.map((a) => ({ ...a, title: title(a.id), file: fileOf(a.id) })),
		lowHelpful: articles.votes
			.filter((x) => x.n >= 3 && x.yes / x.n < 0.5 && content.hasArticle(x.articleId))
			.sort((a, b) => a.yes / a.n - b.yes / b.n)
			.slice(0, 10)
			.map((x) => ({
				id: x.articleId,
				title: title(x.articleId),
				file: fileOf(x.articleId),
				n: x.n,
				share: x.yes / x.n
			})),
		staleTranslations: translationStatus(content.manifest)
			.flatMap((row) =>
				LOCALES.filter((l) => row.locales[l]?.state === 'stale').map((l) => ({
					id: row.id,
					locale: l,
					title: content.article(row.id, l)?.meta.title ?? row.id,
					file: fileOf(row.id, l),
					source: row.updated,
					translation: row.locales[l]?.updated ?? ''
				}))
			)
			.slice(0, 30),
		noResultQueries: summary.topNoResultQueries.map((q) => ({
			...q,
			file: `content/${q.locale}/synonyms.txt`
		}))
	};
}
