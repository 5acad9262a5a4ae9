// Requests that manage canned answers (POST /api/v1/canned-answers, PUT …/{id}, the canned page's form).
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { timestamp } from './tickets';

/** A 10,000-character answer in Cyrillic or Arabic is ~20 KB of UTF-8, more as JSON: above the 16 KB default. */
export const CANNED_BODY_LIMIT = 64 * 1024;

export const CannedSchema = v.object({
	locale: v.picklist(LOCALES, 'invalidLocale'),
	title: v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(120, 'tooLong:120')
	),
	body: v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(10_000, 'tooLong:10000')
	)
});

// Canned answers as the API answers them.

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
