import { error, redirect } from '@sveltejs/kit';
import { content } from './index';
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
	// the first five of its links, then of its category: a category may hold hundreds
	const related = new Set<string>();
	for (const ids of [meta.links, index.articleIds(meta.category)])
		for (const other of ids) {
			if (related.size === 5) break;
			if (other !== meta.id) related.add(other);
		}
	return [...related].map((other) => articleLink(other, locale, meta, index));
}

/**
 * Where a help-centre URL written with another language's slugs lives in `locale`: `/nb/<category>` or
 * `/nb/<category>/<article>` (or `/nb/<article>`) where a segment is a slug or id from any locale. Links
 * shared across languages and hand-shortened URLs land on the reader's page, or on its fallback page when
 * their language has no translation. Undefined for what names nothing, and for the page's own path.
 */
export function localizedPath(
	locale: Locale,
	segments: string[],
	index: ContentIndex = content
): string | undefined {
	const here = `/${locale}/${segments.join('/')}`;
	const rank = (l: Locale) => [locale, index.manifest.sourceLocale, ...LOCALES].indexOf(l);
	const named = (item: { id: string; slug: string }, segment: string) =>
		item.slug === segment || item.id === segment;
	const best = <T extends { id: string; locale: Locale }>(items: T[], prefer = (_: T) => true) =>
		items.sort(
			(a, b) => Number(prefer(b)) - Number(prefer(a)) || rank(a.locale) - rank(b.locale)
		)[0];
	const category = (segment: string) =>
		best(index.manifest.categories.filter((c) => named(c, segment)));
	const article = (segment: string, categorySegment?: string) =>
		best(
			index.manifest.articles.filter((a) => named(a, segment)),
			// one slug in two categories (each in its own language): the category in the URL decides
			(a) => categorySegment === undefined || category(categorySegment)?.id === a.category
		);

	let target: string | undefined;
	if (segments.length === 1) {
		const [segment = ''] = segments;
		const c = category(segment);
		const a = c ? undefined : article(segment);
		target = c ? index.categoryPath(c.id, locale) : a && index.articlePath(a.id, locale);
	} else if (segments.length === 2) {
		const a = article(segments[1]!, segments[0]);
		target = a && index.articlePath(a.id, locale);
	}
	return target === here ? undefined : target;
}

/**
 * For a help-centre path that names no page in `locale`: 308 to where `localizedPath` finds it, else the
 * localized 404. The dev server's category and article routes and the production catch-all route share it.
 */
export function movedOrNotFound(locale: Locale, segments: string[], url: URL): never {
	const target = localizedPath(locale, segments);
	if (target) redirect(308, target + url.search);
	error(404, 'Not found');
}

/** The same page in every UI locale, for the language switcher. */
export function languageLinks(pathFor: (locale: Locale) => string): LanguageLink[] {
	return LOCALES.map((locale) => ({ locale, href: pathFor(locale) }));
}

/** What the build prerenders of categories: every category page in every UI locale. */
export const categoryEntries = () =>
	LOCALES.flatMap((lang) =>
		content.categoryIds().map((id) => ({ lang, category: content.categoryPath(id, lang).split('/')[2]! }))
	);

/**
 * What the build prerenders of articles: every translation, in its own locale. Fallback pages (an article in
 * a locale without its translation) are rendered on request instead (see fallback.ts).
 */
/** The first breadcrumbs of a category page and of its articles: `home` (the site's name), then the category. */
export function categoryCrumbs(locale: Locale, categoryId: string, home: string): Crumb[] {
	const { meta, fallback } = content.category(categoryId, locale)!;
	return [
		{ title: home, href: `/${locale}` },
		{
			title: meta.title,
			href: content.categoryPath(categoryId, locale),
			lang: fallback ? meta.locale : undefined
		}
	];
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
