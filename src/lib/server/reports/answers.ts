// The survey figures (NPS, CSAT, CES, the value questions) from answer counts: how many answered each score of
// each question. Counts, not rows, so the reports read a few numbers per day (db/report-facts) whatever the
// number of answers; the scores are laid out in order, so the figures come out the same however they were added.
import { answerCountsOf, type AnswerCount, type Question } from '../db/report-facts';
import { mean, nps, share } from './figures';

export type AnswerGroup = Omit<AnswerCount, 'day'>;

/** Every score given to `question`, smallest first. */
export function scores(counts: readonly AnswerGroup[], question: Question): number[] {
	const list = counts.filter((c) => c.question === question).sort((a, b) => a.value - b.value);
	const out: number[] = [];
	for (const c of list) for (let i = 0; i < c.n; i++) out.push(c.value);
	return out;
}

/** How many surveys were answered. */
export function responsesOf(counts: readonly AnswerGroup[]): number {
	return counts.reduce((sum, c) => (c.question === 'responses' ? sum + c.n : sum), 0);
}

export function surveyFiguresOf(counts: readonly AnswerGroup[]) {
	const csat = scores(counts, 'csat');
	const npsValues = scores(counts, 'nps');
	const ces = scores(counts, 'ces');
	const count = (list: number[], min: number, max: number) =>
		Array.from({ length: max - min + 1 }, (_, i) => list.filter((x) => x === min + i).length);
	return {
		responses: responsesOf(counts),
		nps: nps(npsValues),
		csatShare: share(csat, (x) => x >= 4),
		csatMean: mean(csat),
		cesMean: mean(ces),
		valueProductMean: mean(scores(counts, 'value_product')),
		valueConfidenceMean: mean(scores(counts, 'value_confidence')),
		distributions: { nps: count(npsValues, 0, 10), csat: count(csat, 1, 5), ces: count(ces, 1, 7) }
	};
}

/** The same from answered surveys themselves. */
export function surveyFigures(rows: Parameters<typeof answerCountsOf>[0][]) {
	return surveyFiguresOf(rows.flatMap((r) => answerCountsOf(r, 'UTC')));
}
