import { content } from '$lib/server/content';
import type { ContentIndex } from '$lib/content/resolve';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, type Locale } from '$lib/i18n/locales';
import type { LanguageLink, SeoData } from '$lib/seo';
import type { ArticleLink, ArticleMeta, Crumb } from '$lib/content/types';

/**
 * A problem in content/ met while rendering a page, worded as `npm run content:check` words it
 * (`file:line: message`). The build refuses such content, so only the dev preview ever meets one.
 */
export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'ContentError';
	}
}

/** `file:line: link to missing article "id"` for every `article:` link of `meta` that names no article. */
export function brokenLinks(meta: ArticleMeta, index: ContentIndex = content): string[] {
	return meta.links
		.filter((id) => !index.hasArticle(id))
		.map(
			(id) =>
				`${meta.file.replace(/^\//, '')}:${meta.linkLines?.[id] ?? 1}: link to missing article "${id}"`
		);
}

/** `from`: the article that links to `id`, named in the error when `id` does not exist. */
export function articleLink(
	id: string,
	locale: Locale,
	from?: ArticleMeta,
	index: ContentIndex = content
): ArticleLink {
	const resolved = index.article(id, locale);
	if (!resolved) {
		const problem = from && brokenLinks(from, index).find((p) => p.endsWith(`"${id}"`));
		throw new ContentError([problem ?? `unknown article "${id}"`]);
	}
	const { meta, fallback } = resolved;
	return {
		id,
		title: meta.title,
		description: meta.description,
		href: index.articlePath(id, locale),
		lang: fallback ? meta.locale : undefined
	};
}

/**
 * "Related": the articles `meta` links to, then the rest of its category, five at most. Throws a ContentError
 * naming every broken link with file and line before anything renders half a page.
 */
export function relatedArticles(
	meta: ArticleMeta,
	locale: Locale,
	index: ContentIndex = content
): ArticleLink[] {
	const broken = brokenLinks(meta, index);
	if (broken.length) throw new ContentError(broken);
	return [...new Set([...meta.links, ...index.articleIds(meta.category)])]
		.filter((other) => other !== meta.id)
		.slice(0, 5)
		.map((other) => articleLink(other, locale, meta, index));
}

/** The same page in every UI locale, for the language switcher. */
export function languageLinks(pathFor: (locale: Locale) => string): LanguageLink[] {
	return LOCALES.map((locale) => ({ locale, href: pathFor(locale) }));
}

function alternates(
	origin: string,
	locales: Locale[],
	pathFor: (l: Locale) => string,
	xDefault: string
) {
	return [
		...locales.map((l) => ({ hreflang: l, href: origin + pathFor(l) })),
		{ hreflang: 'x-default', href: origin + xDefault }
	];
}

export function homeSeo(
	origin: string,
	locale: Locale,
	title: string,
	description: string
): SeoData {
	const path = (l: Locale) => `/${l}`;
	return {
		title,
		description,
		canonical: origin + path(locale),
		alternates: alternates(origin, [...LOCALES], path, '/'),
		ogType: 'website',
		ogLocale: LOCALE_INFO[locale].og,
		jsonLd: [
			{
				'@context': 'https://schema.org',
				'@type': 'WebSite',
				name: title,
				url: origin + path(locale),
				inLanguage: locale
			}
		]
	};
}

export function categorySeo(
	origin: string,
	locale: Locale,
	categoryId: string,
	crumbs: Crumb[],
	articles: ArticleLink[]
): SeoData {
	const { meta, fallback } = content.category(categoryId, locale)!;
	const translated = LOCALES.filter((l) => content.category(categoryId, l)?.fallback === false);
	const path = (l: Locale) => content.categoryPath(categoryId, l);
	return {
		title: meta.title,
		description: meta.description,
		canonical: origin + path(fallback ? meta.locale : locale),
		alternates: alternates(origin, translated, path, path(DEFAULT_LOCALE)),
		ogType: 'website',
		ogLocale: LOCALE_INFO[locale].og,
		jsonLd: [
			{
				'@context': 'https://schema.org',
				'@type': 'FAQPage',
				inLanguage: locale,
				mainEntity: articles.map((a) => ({
					'@type': 'Question',
					name: a.title,
					acceptedAnswer: { '@type': 'Answer', text: a.description, url: origin + a.href }
				}))
			},
			breadcrumbLd(origin, crumbs)
		]
	};
}

export function articleSeo(
	origin: string,
	locale: Locale,
	meta: ArticleMeta,
	fallback: boolean,
	crumbs: Crumb[],
	siteName: string
): SeoData {
	const translated = content.translations(meta.id).map((t) => t.locale);
	const path = (l: Locale) => content.articlePath(meta.id, l);
	const canonical = origin + path(fallback ? meta.locale : locale);
	return {
		title: meta.title,
		description: meta.description,
		canonical,
		alternates: alternates(
			origin,
			translated,
			path,
			path(translated.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : meta.locale)
		),
		ogType: 'article',
		ogLocale: LOCALE_INFO[locale].og,
		jsonLd: [
			{
				'@context': 'https://schema.org',
				'@type': 'Article',
				headline: meta.title,
				description: meta.description,
				dateModified: meta.updated,
				inLanguage: meta.locale,
				mainEntityOfPage: canonical,
				publisher: { '@type': 'Organization', name: siteName }
			},
			breadcrumbLd(origin, crumbs)
		]
	};
}

function breadcrumbLd(origin: string, crumbs: Crumb[]) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((c, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: c.title,
			item: origin + c.href
		}))
	};
}
