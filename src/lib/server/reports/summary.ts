// The service figures, exactly as the reports page and GET /api/v1/reports/summary define them. Durations are
// business minutes under the admins' service hours; every figure carries its n (and a 95% interval).
import { LOCALES, type Locale } from '$lib/i18n/locales';
import type { DB } from '../db';
import {
	deflectionCounts,
	nextResponses,
	searchFigures,
	surveyAnswers,
	ticketsCreated,
	viewCounts,
	voteCounts
} from '../db/reports';
import { content } from '../content';
import { translationStatus } from '../content/status';
import { businessMinutesBetween, fromZoned, zonedParts } from '../service-hours/business-hours';
import type { ServiceSettings } from '../service-hours/sla';
import { addDays, type ReportFilters } from './filters';
import { mean, nps, percentile, rate, round, share, type Figure } from './figures';

const DAY = 24 * 60 * 60 * 1000;

/** ISO week of a local date, e.g. 2026-W48. */
export function isoWeek(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	const weekday = d.getUTCDay() || 7;
	d.setUTCDate(d.getUTCDate() + 4 - weekday);
	const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
	const week = Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
	return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

type TicketRow = Awaited<ReturnType<typeof ticketsCreated>>[number];

export interface SpeedFigures {
	tickets: number;
	solved: number;
	firstResponse: { n: number; median: number | null; p90: number | null };
	resolution: { n: number; median: number | null; p90: number | null };
	withinSla: Figure;
	reopenRate: Figure;
	oneTouchRate: Figure;
}

/** Each row's business minutes, computed once per summary although every breakdown groups the rows again. */
const minutesOf = new WeakMap<
	object,
	{ settings: ServiceSettings; first: number | null; resolution: number | null }
>();
function businessMinutes(t: TicketRow, settings: ServiceSettings) {
	let m = minutesOf.get(t);
	if (!m || m.settings !== settings) {
		const created = Number(t.created_at);
		m = {
			settings,
			first:
				t.first_response_at === null
					? null
					: businessMinutesBetween(created, Number(t.first_response_at), settings),
			resolution:
				t.solved_at === null ? null : businessMinutesBetween(created, Number(t.solved_at), settings)
		};
		minutesOf.set(t, m);
	}
	return m;
}

/** Response and resolution times in business minutes, SLA share, reopen and one-touch rates. */
export function speedFigures(
	rows: TicketRow[],
	settings: ServiceSettings,
	now: number
): SpeedFigures {
	const firsts: number[] = [];
	const resolutions: number[] = [];
	let onTime = 0;
	let measured = 0;
	let everSolved = 0;
	let reopened = 0;
	let solvedNow = 0;
	let oneTouch = 0;
	for (const t of rows) {
		const minutes = businessMinutes(t, settings);
		const first = t.first_response_at === null ? null : Number(t.first_response_at);
		const due = t.first_due_at === null ? null : Number(t.first_due_at);
		if (minutes.first !== null) firsts.push(minutes.first);
		// within target: answered by the due time; unanswered and past it counts against; the rest is open
		if (due !== null) {
			if (first !== null) {
				measured++;
				if (first <= due) onTime++;
			} else if (now > due) measured++;
		}
		if (t.solved_at !== null) {
			everSolved++;
			resolutions.push(minutes.resolution!);
			if (Number(t.reopen_count) > 0) reopened++;
		}
		if (t.status === 'solved' || t.status === 'closed') {
			solvedNow++;
			if (Number(t.agent_replies) === 1 && Number(t.reopen_count) === 0) oneTouch++;
		}
	}
	const summary = (values: number[]) => ({
		n: values.length,
		median: round(percentile(values, 50), 1),
		p90: round(percentile(values, 90), 1)
	});
	return {
		tickets: rows.length,
		solved: solvedNow,
		firstResponse: summary(firsts),
		resolution: summary(resolutions),
		withinSla: rate(onTime, measured),
		reopenRate: rate(reopened, everSolved),
		oneTouchRate: rate(oneTouch, solvedNow)
	};
}

type SurveyRow = Awaited<ReturnType<typeof surveyAnswers>>[number];
const values = (
	rows: SurveyRow[],
	key: 'csat' | 'ces' | 'nps' | 'value_product' | 'value_confidence'
) =>
	rows
		.map((r) => r[key])
		.filter((x): x is number => x !== null)
		.map(Number);

export function surveyFigures(rows: SurveyRow[]) {
	const csat = values(rows, 'csat');
	const npsValues = values(rows, 'nps');
	const ces = values(rows, 'ces');
	const count = (list: number[], min: number, max: number) =>
		Array.from({ length: max - min + 1 }, (_, i) => list.filter((x) => x === min + i).length);
	return {
		responses: rows.length,
		nps: nps(npsValues),
		csatShare: share(csat, (x) => x >= 4),
		csatMean: mean(csat),
		cesMean: mean(ces),
		valueProductMean: mean(values(rows, 'value_product')),
		valueConfidenceMean: mean(values(rows, 'value_confidence')),
		distributions: { nps: count(npsValues, 0, 10), csat: count(csat, 1, 5), ces: count(ces, 1, 7) }
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

function groupRow(key: string, label: string, s: SpeedFigures, answers: SurveyRow[]): GroupRow {
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
		csatMean: round(mean(values(answers, 'csat')).value, 2),
		responses: answers.length
	};
}

export async function reportSummary(
	db: DB,
	f: ReportFilters,
	settings: ServiceSettings,
	now: number
) {
	const start = fromZoned(f.from, '00:00', settings.timeZone);
	const end = fromZoned(addDays(f.to, 1), '00:00', settings.timeZone);
	const range = { start, end, locale: f.locale, teamId: f.teamId };
	const [surveys, tickets, searches, deflect, votes, views, next] = await Promise.all([
		surveyAnswers(db, range),
		ticketsCreated(db, range),
		searchFigures(db, range),
		deflectionCounts(db, range),
		voteCounts(db, range),
		viewCounts(db, f.from, f.to, f.locale),
		nextResponses(db, range, now)
	]);
	const nextWithinSla = rate(next.onTime, next.measured);
	const s = surveyFigures(surveys);
	const speed = speedFigures(tickets, settings, now);
	const voteTotal = votes.reduce((a, x) => a + x.n, 0);
	const voteYes = votes.reduce((a, x) => a + x.yes, 0);
	const noResult = rate(searches.zero, searches.searches);
	const helpful = rate(voteYes, voteTotal);
	const deflection = rate(deflect.deflections, deflect.deflections + deflect.contactTickets);
	const locale = f.locale ?? 'en';
	/** Tickets grouped by `keyOf`, each group with the survey answers filed under the same key. */
	const breakdown = (
		keyOf: (t: TicketRow) => string,
		labelOf: (key: string, first: TicketRow) => string,
		answers = new Map<string, SurveyRow[]>()
	): GroupRow[] =>
		[...bucket(tickets, keyOf)]
			.map(([key, list]) =>
				groupRow(
					key,
					labelOf(key, list[0]!),
					speedFigures(list, settings, now),
					answers.get(key) ?? []
				)
			)
			.sort((a, b) => a.key.localeCompare(b.key));
	// an answer carries its ticket's assignee, team, locale and category, so it joins that ticket's group
	const byColumn = (
		column: 'assignee_id' | 'team_id' | 'locale' | 'category',
		labelOf: (key: string, first: TicketRow) => string
	) => {
		const keyOf = (r: TicketRow | SurveyRow) => r[column] ?? '';
		return breakdown(keyOf, labelOf, bucket(surveys, keyOf));
	};
	const by = {
		agent: byColumn('assignee_id', (k, t) => (k ? (t.assignee_name ?? k) : '')),
		team: byColumn('team_id', (k, t) => (k ? (t.team_name ?? k) : '')),
		locale: byColumn('locale', (k) => k),
		category: byColumn('category', (k) =>
			k ? (content.category(k, locale)?.meta.title ?? k) : ''
		),
		// by the week each ticket was created; survey answers are not split by week
		week: breakdown(
			(t) => isoWeek(zonedParts(Number(t.created_at), settings.timeZone).date),
			(k) => k
		)
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
	return { summary, articles: { votes, attached: attachedCounts(tickets) } };
}

function attachedCounts(tickets: { article_id: string | null }[]) {
	const attached = new Map<string, number>();
	for (const t of tickets)
		if (t.article_id) attached.set(t.article_id, (attached.get(t.article_id) ?? 0) + 1);
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
