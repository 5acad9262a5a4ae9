import type { ParamMatcher } from '@sveltejs/kit';

/** Category and article URL segments: what content:check allows for ids and slugs. */
export const match = ((param: string) =>
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param)) satisfies ParamMatcher;
