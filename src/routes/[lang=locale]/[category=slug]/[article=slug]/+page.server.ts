import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { articleTemplate, content } from '$lib/server/content';
import { renderArticle } from '$lib/server/content/articles';
import { translator } from '$lib/server/i18n';
import {
	articleSeo,
	categoryCrumbs,
	ContentError,
	languageLinks,
	movedOrNotFound,
	relatedArticles
} from '$lib/server/content/pages';

// Complete HTML without hydration: only the islands' few KB of JS load (see vite.islands.config.ts).
export const csr = false;

// Each locale's own translations are prerendered, on every core, by src/cli/prerender-articles.ts (Kit's
// prerenderer skips them); a fallback page (an article the locale has no translation of) is rendered on request
// and kept (see $lib/server/content/fallback.ts), so this route stays on the server too.
export const prerender = 'auto';

export const load = async ({ params, url }) => {
	const locale = params.lang;
	const id = content.findArticle(locale, params.category, params.article);
	if (!id) movedOrNotFound(locale, [params.category, params.article], url);
	const { meta, fallback } = content.article(id, locale)!;
	const LL = translator(locale);
	const crumbs = [
		...categoryCrumbs(locale, meta.category, LL.site.name()),
		{
			title: meta.title,
			href: content.articlePath(id, locale),
			lang: fallback ? meta.locale : undefined
		}
	];
	let related;
	try {
		related = relatedArticles(meta, locale);
	} catch (e) {
		// the dev preview shows the editor what content:check would say (the build never gets here)
		if (dev && e instanceof ContentError) error(500, e.message);
		throw e;
	}
	return {
		article: {
			id,
			title: meta.title,
			updated: meta.updated,
			lang: meta.locale,
			fallback,
			headings: meta.headings,
			html: renderArticle(articleTemplate(meta), locale, content, LL)
		},
		translations: content
			.translations(id)
			.map((t) => ({ locale: t.locale, href: content.articlePath(id, t.locale) })),
		crumbs,
		related,
		switcher: languageLinks((l) => content.articlePath(id, l)),
		seo: articleSeo(url.origin, locale, meta, fallback, crumbs, LL.site.name())
	};
};
