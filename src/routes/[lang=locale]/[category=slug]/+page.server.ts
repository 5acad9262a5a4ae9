import { content } from '$lib/server/content';
import { translator } from '$lib/server/i18n';
import {
	articleLink,
	categoryCrumbs,
	categoryEntries,
	categorySeo,
	languageLinks,
	movedOrNotFound
} from '$lib/server/content/pages';

// Complete HTML without hydration: only the islands' few KB of JS load (see vite.islands.config.ts).
export const csr = false;

export const entries = categoryEntries;

export const load = ({ params, url }) => {
	const locale = params.lang;
	const id = content.findCategory(locale, params.category);
	if (!id) movedOrNotFound(locale, [params.category], url);
	const { meta, fallback } = content.category(id, locale)!;
	const articles = content
		.articleIds(id)
		.map((a) => articleLink(a, locale))
		.sort((a, b) => a.title.localeCompare(b.title, locale));
	const crumbs = categoryCrumbs(locale, id, translator(locale).site.name());
	return {
		category: {
			id,
			title: meta.title,
			description: meta.description,
			lang: fallback ? meta.locale : undefined
		},
		articles,
		crumbs,
		switcher: languageLinks((l) => content.categoryPath(id, l)),
		seo: categorySeo(url.origin, locale, id, crumbs, articles)
	};
};
