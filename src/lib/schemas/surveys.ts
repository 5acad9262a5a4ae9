// The survey's questions, in the order the page asks them: the page, the answer schema and the survey mail
// (which asks the first one and tells how many more the page has) all read this one list.
import * as v from 'valibot';
import { integer, integerField } from './integer';

export const SURVEY_SCALES = [
	{ name: 'csat', min: 1, max: 5 },
	{ name: 'ces', min: 1, max: 7 },
	{ name: 'nps', min: 0, max: 10 },
	{ name: 'valueProduct', min: 1, max: 7, optional: true },
	{ name: 'valueConfidence', min: 1, max: 7, optional: true }
] as const;

export type SurveyScale = (typeof SURVEY_SCALES)[number];
export type SurveyScaleName = SurveyScale['name'];

/** min and max of a question by name. */
export function scaleOf(name: SurveyScaleName): SurveyScale {
	return SURVEY_SCALES.find((q) => q.name === name)!;
}

// ---- the API's answer ----

const storedScore = v.nullable(integer(0, 10));

/** POST /api/v1/surveys/{token}: the answers as stored, and until when this browser may change them. */
export const SurveyResultSchema = v.strictObject({
	answers: v.strictObject({
		csat: storedScore,
		ces: storedScore,
		nps: storedScore,
		valueProduct: storedScore,
		valueConfidence: storedScore,
		comment: v.nullable(v.string())
	}),
	editableUntil: v.pipe(v.string(), v.isoTimestamp())
});

const score = (name: SurveyScaleName) => {
	const { min, max } = scaleOf(name);
	return v.optional(integerField(min, max, 'invalidScore'));
};

/** An answer (the page, the one-click link, POST /api/v1/surveys/{token}): any of the questions, a comment. */
export const SurveySchema = v.object({
	csat: score('csat'),
	ces: score('ces'),
	nps: score('nps'),
	valueProduct: score('valueProduct'),
	valueConfidence: score('valueConfidence'),
	comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000, 'tooLong:2000'))),
	/** Optional: the ticket the answer is meant for; a link of another ticket is refused. */
	ticket: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20)))
});
