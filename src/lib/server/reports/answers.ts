// The survey figures (NPS, CSAT, CES, the value questions) from answer counts: how many answered each score of
// each question. Counts, not rows, so the reports read a few numbers per day (db/report-facts) whatever the
// number of answers; the scores are laid out in order, so the figures come out the same however they were added.
import { answerCountsOf, type AnswerCount, type Question } from '../db/report-facts';
import type { AnswerRun, AnswerTotals } from '../db/reports';
import { meanOfRuns, npsOfRuns, shareOfRuns, type Runs } from './figures';

export type AnswerGroup = Omit<AnswerCount, 'day'>;
export type { AnswerRun, AnswerTotals };
/** The scores given to `question`: each with how many gave it, smallest first. */
export function scores(counts: readonly AnswerRun[], question: Question): Runs {
	const by = new Map<number, number>();
	for (const c of counts)
		if (c.question === question) by.set(c.value, (by.get(c.value) ?? 0) + c.n);
	return [...by].sort((a, b) => a[0] - b[0]);
}

/** How many surveys were answered. */
export function responsesOf(counts: readonly AnswerRun[]): number {
	return counts.reduce((sum, c) => (c.question === 'responses' ? sum + c.n : sum), 0);
}

export function surveyFiguresOf(counts: readonly AnswerRun[]) {
	const csat = scores(counts, 'csat');
	const npsValues = scores(counts, 'nps');
	const ces = scores(counts, 'ces');
	const count = (runs: Runs, min: number, max: number) =>
		Array.from({ length: max - min + 1 }, (_, i) =>
			runs.reduce((sum, [v, n]) => (v === min + i ? sum + n : sum), 0)
		);
	return {
		responses: responsesOf(counts),
		nps: npsOfRuns(npsValues),
		csatShare: shareOfRuns(csat, (x) => x >= 4),
		csatMean: meanOfRuns(csat),
		cesMean: meanOfRuns(ces),
		valueProductMean: meanOfRuns(scores(counts, 'value_product')),
		valueConfidenceMean: meanOfRuns(scores(counts, 'value_confidence')),
		distributions: { nps: count(npsValues, 0, 10), csat: count(csat, 1, 5), ces: count(ces, 1, 7) }
	};
}

/** The same from answered surveys themselves. */
export function surveyFigures(rows: Parameters<typeof answerCountsOf>[0][]) {
	return surveyFiguresOf(rows.flatMap((r) => answerCountsOf(r, 'UTC')));
}
