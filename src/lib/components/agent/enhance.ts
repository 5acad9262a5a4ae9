import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance`: SvelteKit's own update after the answer, except that the form keeps what its fields show
 * (a saved form goes on showing what was saved), unless `keep` is false: a new item's form empties for the next.
 */
export const keepFields =
	(keep = true): SubmitFunction =>
	() =>
	async ({ update }) =>
		update({ reset: !keep });
