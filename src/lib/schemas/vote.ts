import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';

/** POST /api/v1/votes — from the article's form (urlencoded) or JSON. */
export const VoteSchema = v.object({
	articleId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(100)),
	locale: v.picklist(LOCALES),
	helpful: v.union([
		v.boolean(),
		v.pipe(
			v.picklist(['yes', 'no']),
			v.transform((answer) => answer === 'yes')
		)
	])
});

export type VoteInput = v.InferOutput<typeof VoteSchema>;

/** The vote as stored: 201 when new, 200 when it changed an earlier one (`created` says which). */
export const VoteResultSchema = v.strictObject({
	articleId: v.string(),
	locale: v.picklist(LOCALES),
	helpful: v.boolean(),
	created: v.boolean()
});
