// The survey's questions, in the order the page asks them: the page, the answer schema and the survey mail
// (which asks the first one and tells how many more the page has) all read this one list.
import * as v from 'valibot';

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

// ---- the API's answer (the request schema, SurveySchema, lives with its service for now) ----

const score = v.nullable(v.pipe(v.number(), v.integer()));

/** POST /api/v1/surveys/{token}: the answers as stored, and until when this browser may change them. */
export const SurveyResultSchema = v.strictObject({
	answers: v.strictObject({
		csat: score,
		ces: score,
		nps: score,
		valueProduct: score,
		valueConfidence: score,
		comment: v.nullable(v.string())
	}),
	editableUntil: v.pipe(v.string(), v.isoTimestamp())
});
