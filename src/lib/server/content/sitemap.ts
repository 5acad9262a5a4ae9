import type { ContentIndex } from '$lib/content/resolve';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '$lib/i18n/locales';
import { escapeMarkup } from '$lib/markup';

interface Page {
	/** Locales the page really exists in (not fallbacks); one <url> each. */
	locales: Locale[];
	path: (locale: Locale) => string;
	lastmod?: (locale: Locale) => string | undefined;
}

/**
 * Every real page and translation, each <url> listing all its translations as xhtml:link alternates plus
 * x-default. Fallback pages (an article shown in another language) are left out: their canonical is the original.
 */
export function sitemapXml(origin: string, content: ContentIndex): string {
	const pages: Page[] = [
		{ locales: [...LOCALES], path: (l) => `/${l}` },
		...content.categoryIds().map((id) => ({
			locales: LOCALES.filter((l) => content.category(id, l)?.fallback === false),
			path: (l: Locale) => content.categoryPath(id, l)
		})),
		...content.articleIds().map((id) => ({
			locales: content.translations(id).map((t) => t.locale),
			path: (l: Locale) => content.articlePath(id, l),
			lastmod: (l: Locale) => content.article(id, l)?.meta.updated
		}))
	];
	const urls = pages.flatMap((page) => {
		const xDefault = page.locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : page.locales[0];
		const links = page.locales
			.map(
				(l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeMarkup(origin + page.path(l))}"/>`
			)
			.concat(
				xDefault
					? [
							`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeMarkup(origin + page.path(xDefault))}"/>`
						]
					: []
			)
			.join('');
		return page.locales.map((l) => {
			const lastmod = page.lastmod?.(l);
			return `<url><loc>${escapeMarkup(origin + page.path(l))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${links}</url>`;
		});
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
