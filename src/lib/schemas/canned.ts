// Requests that manage canned answers (POST /api/v1/canned-answers, PUT …/{id}, the canned page's form).
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';

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
