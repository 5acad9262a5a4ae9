// Whole numbers as every schema takes and answers them: always with bounds, so no number reaches the database
// that its column cannot hold (a PostgreSQL integer is 32 bits: 99999999999 there is an error, not a row), and
// the OpenAPI document shows each bound as minimum and maximum.
import * as v from 'valibot';

/** The largest value a PostgreSQL `integer` column holds: counts, versions, scores. */
export const INT_MAX = 2_147_483_647;
/** The latest time a JavaScript Date holds, in ms since the epoch: times sent as numbers. */
export const TIME_MAX = 8_640_000_000_000_000;

/** A whole number from `min` to `max`, as a JSON number; anything else fails with `message`. */
export function integer(min: number, max: number, message?: string) {
	return v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(min, message),
		v.maxValue(max, message)
	);
}

/**
 * The same from a form field or a query string as well: a JSON number, or its digits as text (" 12 ", "+3").
 * "1e30" and "12.0" are refused like any other text that is not a whole number written out.
 */
export function integerField(min: number, max: number, message?: string) {
	const number = integer(min, max, message);
	return v.union(
		[
			number,
			v.pipe(
				v.string(message),
				v.trim(),
				v.regex(/^[+-]?\d{1,20}$/, message),
				v.transform(Number),
				number
			)
		],
		message
	);
}
