// Canned answers as the API answers them (the request schema, CannedSchema, lives with its service for now).
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { timestamp } from './tickets';

export const CannedAnswerSchema = v.strictObject({
	id: v.string(),
	locale: v.picklist(LOCALES),
	title: v.string(),
	body: v.pipe(v.string(), v.description('As written, with its {{placeholders}}.')),
	expanded: v.pipe(
		v.optional(v.string()),
		v.description('With ?ticket=: the body filled in for that ticket.')
	),
	updatedAt: timestamp
});

/** GET /api/v1/canned-answers */
export const CannedListSchema = v.strictObject({ answers: v.array(CannedAnswerSchema) });
