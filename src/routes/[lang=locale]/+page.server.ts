import { building } from '$app/environment';
import { LOCALES } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { translator } from '$lib/server/i18n';
import { mostHelpful, VOTES_KEPT_MS } from '$lib/server/content/helpful';
import { articleLink, homeSeo, languageLinks } from '$lib/server/content/pages';
import { settings } from '$lib/server/env';

// Complete HTML without hydration: only the islands' few KB of JS load (see vite.islands.config.ts).
export const csr = false;

/**
 * adapter-node prerenders each home at build, its "most helpful" ranked by the votes in the database then. A
 * serverless build opens no database: there the function renders the home on request, ranked by today's votes,
 * one copy for every reader (the header's "My tickets" island asks for itself, as on article pages), which the
 * platform's CDN keeps for ten minutes.
 */
export const prerender = settings.buildTarget() !== 'vercel';

export const entries = () => LOCALES.map((lang) => ({ lang }));

export const load = async ({ params, url, setHeaders }) => {
	const locale = params.lang;
	if (!building)
		setHeaders({
			// the CDN keeps it as long as the votes it ranks by are kept
			'cache-control': `public, max-age=300, s-maxage=${VOTES_KEPT_MS / 1000}, stale-while-revalidate=86400`
		});
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
