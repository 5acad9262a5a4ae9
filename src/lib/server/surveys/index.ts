// Surveys after a solved ticket: when one is sent (send), who may answer it now (access), and the answers
// themselves (answer). db/surveys is their repository; reports/ only reads the answers.
export { dispatchSurveys, LINK_LIFETIME_MS, scheduleSurvey } from './send';
export {
	accessByToken,
	EDIT_WINDOW_MS,
	SURVEY_COOKIE,
	setSurveyCookie,
	surveyCookieName
} from './access';
export {
	answerByToken,
	answerOwnSurvey,
	answersOf,
	answerWith,
	openSurvey,
	surveyForOwner,
	surveyPage,
	type Answered,
	type QuickScore,
	type SurveyRefusal
} from './answer';
