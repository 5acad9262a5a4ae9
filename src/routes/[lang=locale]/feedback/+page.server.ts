import { content } from '$lib/server/content';
import { articleLink } from '$lib/server/content/pages';

// After a vote posted without JavaScript: thank the reader and lead them on. Dynamic: it depends on the query.
export const prerender = false;

export const load = ({ params, url }) => {
	const id = url.searchParams.get('article') ?? '';
	const helpful = url.searchParams.get('helpful');
	if (
		url.searchParams.has('error') ||
		!content.hasArticle(id) ||
		(helpful !== 'yes' && helpful !== 'no')
	) {
		return { invalid: true as const };
	}
	return {
		invalid: false as const,
		article: articleLink(id, params.lang),
		helpful: helpful === 'yes'
	};
};
