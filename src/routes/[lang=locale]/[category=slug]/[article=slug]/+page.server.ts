import { error } from '@sveltejs/kit';
import { LOCALES } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { renderArticle } from '$lib/server/articles';
import { translator } from '$lib/server/i18n';
import { articleLink, articleSeo, languageLinks } from '$lib/server/pages';

// Complete HTML without hydration: only the islands' few KB of JS load (see vite.islands.config.ts).
export const csr = false;

export const entries = () =>
	LOCALES.flatMap((lang) =>
		content.articleIds().map((id) => {
			const [, , category = '', article = ''] = content.articlePath(id, lang).split('/');
			return { lang, category, article };
		})
	);

export const load = async ({ params, url }) => {
	const locale = params.lang;
	const id = content.findArticle(locale, params.category, params.article);
	if (!id) error(404, 'Not found');
	const { meta, fallback } = content.article(id, locale)!;
	const LL = translator(locale);
	const category = content.category(meta.category, locale)!.meta;
	const crumbs = [
		{ title: LL.site.name(), href: `/${locale}` },
		{ title: category.title, href: content.categoryPath(meta.category, locale) },
		{ title: meta.title, href: content.articlePath(id, locale) }
	];
	const related = [...new Set([...meta.links, ...content.articleIds(meta.category)])]
		.filter((other) => other !== id)
		.slice(0, 5)
		.map((other) => articleLink(other, locale));
	return {
		article: {
			id,
			title: meta.title,
			updated: meta.updated,
			lang: meta.locale,
			fallback,
			headings: meta.headings,
			html: await renderArticle(meta, locale, content, LL)
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
