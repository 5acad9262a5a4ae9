// Canned answers as the API answers them (the request schema, CannedSchema, lives with its service for now).
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { timestamp } from './tickets';

export const CannedAnswerSchema = v.strictObject({
	id: v.string(),
	locale: v.picklist(LOCALES),
	title: v.string(),
	/** As written, with its {{placeholders}}. */
	body: v.string(),
	/** With ?ticket=: the body filled in for that ticket. */
	expanded: v.optional(v.string()),
	updatedAt: timestamp
});

/** GET /api/v1/canned-answers */
export const CannedListSchema = v.strictObject({ answers: v.array(CannedAnswerSchema) });
