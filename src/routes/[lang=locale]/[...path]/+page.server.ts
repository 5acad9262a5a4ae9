import { movedOrNotFound } from '$lib/server/content/pages';

// Every path under /<locale>/ that no prerendered page or dynamic route answers ends up here (adapter-node
// serves prerendered pages as files, and Kit keeps no route for them). A category or article named by another
// language's slug moves permanently to its page in this locale; anything else is the localized 404.
// csr = false: see +layout.ts
export const prerender = false;

export const load = ({ params, url }) => {
	movedOrNotFound(params.lang, params.path.split('/').filter(Boolean), url);
};
