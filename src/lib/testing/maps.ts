// Test support, never imported by the app.
import { expect, it } from 'vitest';

/** One test per row of a table: what `fn` must make of each input. */
export function itMaps<I, O>(fn: (input: I) => O, rows: [I, O][]) {
	it.each(rows)('%j → %j', (input, output) => {
		expect(fn(input)).toEqual(output);
	});
}
