import { content } from '$lib/server/content';
import { articleLink, languageLinks } from '$lib/server/pages';

// Reached from "Contact support" and "Still need help?" (which carries ?article=<id>). The ticket form itself
// needs accounts; until then this page keeps the attached article and points to what may answer first.
export const prerender = false;

export const load = ({ params, url }) => {
	const id = url.searchParams.get('article');
	const attached = id && content.hasArticle(id) ? articleLink(id, params.lang) : undefined;
	const suggestions = ['open-ticket', 'response-times', 'attach-files']
		.filter((a) => content.hasArticle(a) && a !== id)
		.map((a) => articleLink(a, params.lang));
	const query = attached ? `?article=${attached.id}` : '';
	return { attached, suggestions, switcher: languageLinks((l) => `/${l}/contact${query}`) };
};
