// The survey's questions, in the order the page asks them: the page, the answer schema and the survey mail
// (which asks the first one and tells how many more the page has) all read this one list.

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
