import { LOCALES } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { translator } from '$lib/server/i18n';
import { mostHelpful } from '$lib/server/content/helpful';
import { articleLink, homeSeo, languageLinks } from '$lib/server/content/pages';

// Complete HTML without hydration: only the islands' few KB of JS load (see vite.islands.config.ts).
export const csr = false;

export const entries = () => LOCALES.map((lang) => ({ lang }));

export const load = async ({ params, url }) => {
	const locale = params.lang;
	const LL = translator(locale);
	const categories = content.categoryIds().map((id) => {
		const { meta, fallback } = content.category(id, locale)!;
		return {
			id,
			title: meta.title,
			description: meta.description,
			href: content.categoryPath(id, locale),
			count: content.articleIds(id).length,
			lang: fallback ? meta.locale : undefined
		};
	});
	return {
		categories,
		mostHelpful: (await mostHelpful(6)).map((id) => articleLink(id, locale)),
		switcher: languageLinks((l) => `/${l}`),
		seo: homeSeo(url.origin, locale, LL.site.name(), LL.home.intro())
	};
};
