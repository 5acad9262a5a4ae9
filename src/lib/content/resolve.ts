import { DEFAULT_LOCALE, LOCALES, type Locale } from '$lib/i18n/locales';
import type { ArticleMeta, CategoryMeta, ContentManifest } from './types';

export interface Resolved<T> {
	meta: T;
	/** True when the reader's locale has no translation and another language is shown. */
	fallback: boolean;
}

/**
 * Lookups over the content manifest: which translation a reader gets, and the URL of every page. Pure, so the
 * server, the build and tests share it. URL segments are the localized slug of the translation when it exists,
 * else the fallback's slug, so every article has a URL in every locale.
 */
export class ContentIndex {
	readonly manifest: ContentManifest;
	private readonly articlesById = new Map<string, Map<Locale, ArticleMeta>>();
	private readonly categoriesById = new Map<string, Map<Locale, CategoryMeta>>();
	private readonly categoryOrder: string[];
	private readonly pathsByLocale = new Map<Locale, Map<string, string>>();
	private readonly idsByCategory = new Map<string | undefined, string[]>();

	constructor(manifest: ContentManifest) {
		this.manifest = manifest;
		for (const a of manifest.articles) group(this.articlesById, a.id).set(a.locale, a);
		for (const c of manifest.categories) group(this.categoriesById, c.id).set(c.locale, c);
		this.categoryOrder = [...this.categoriesById.keys()].sort((a, b) => {
			const ca = this.category(a, manifest.sourceLocale)!.meta;
			const cb = this.category(b, manifest.sourceLocale)!.meta;
			return ca.order - cb.order || a.localeCompare(b);
		});
	}

	/** Category ids in the editors' order. */
	categoryIds(): string[] {
		return this.categoryOrder;
	}

	articleIds(categoryId?: string): string[] {
		let ids = this.idsByCategory.get(categoryId);
		if (!ids) {
			ids = [...this.articlesById.keys()]
				.filter((id) => !categoryId || this.anyTranslation(id)?.category === categoryId)
				.sort((a, b) => a.localeCompare(b));
			// the manifest never changes: every page of a build asks this, a copy each time
			this.idsByCategory.set(categoryId, ids);
		}
		return [...ids];
	}

	hasArticle(id: string): boolean {
		return this.articlesById.has(id);
	}

	/** The locales an article is written in, in the order Svar lists locales. */
	translations(id: string): ArticleMeta[] {
		const byLocale = this.articlesById.get(id);
		if (!byLocale) return [];
		return LOCALES.flatMap((l) => byLocale.get(l) ?? []);
	}

	article(id: string, locale: Locale): Resolved<ArticleMeta> | undefined {
		return pick(this.articlesById.get(id), locale, this.manifest.sourceLocale);
	}

	category(id: string, locale: Locale): Resolved<CategoryMeta> | undefined {
		return pick(this.categoriesById.get(id), locale, this.manifest.sourceLocale);
	}

	categoryPath(id: string, locale: Locale): string {
		return `/${locale}/${this.category(id, locale)?.meta.slug ?? id}`;
	}

	/** Every article's path in each language it is written in: the article pages the build prerenders. */
	ownArticlePaths(): string[] {
		return this.manifest.articles.map((meta) => this.articlePath(meta.id, meta.locale));
	}

	articlePath(id: string, locale: Locale, anchor?: string): string {
		const resolved = this.article(id, locale);
		if (!resolved) throw new Error(`Unknown article ${id}`);
		const path = `${this.categoryPath(resolved.meta.category, locale)}/${resolved.meta.slug}`;
		return anchor ? `${path}#${anchor}` : path;
	}

	/** The article id a localized URL names, or undefined: the inverse of articlePath. */
	findArticle(locale: Locale, categorySlug: string, slug: string): string | undefined {
		let paths = this.pathsByLocale.get(locale);
		if (!paths) {
			paths = new Map(this.articleIds().map((id) => [this.articlePath(id, locale), id]));
			this.pathsByLocale.set(locale, paths);
		}
		return paths.get(`/${locale}/${categorySlug}/${slug}`);
	}

	findCategory(locale: Locale, categorySlug: string): string | undefined {
		return this.categoryOrder.find((id) => this.categoryPath(id, locale) === `/${locale}/${categorySlug}`);
	}

	private anyTranslation(id: string): ArticleMeta | undefined {
		return this.article(id, this.manifest.sourceLocale)?.meta;
	}
}

function group<T>(map: Map<string, Map<Locale, T>>, id: string): Map<Locale, T> {
	let inner = map.get(id);
	if (!inner) map.set(id, (inner = new Map()));
	return inner;
}

/** The reader's locale, else the source locale, else the default, else any translation there is. */
export function pick<T>(
	byLocale: Map<Locale, T> | undefined,
	locale: Locale,
	source: Locale = DEFAULT_LOCALE
): Resolved<T> | undefined {
	if (!byLocale || byLocale.size === 0) return undefined;
	const own = byLocale.get(locale);
	if (own) return { meta: own, fallback: false };
	for (const l of [source, DEFAULT_LOCALE, ...LOCALES]) {
		const meta = byLocale.get(l);
		if (meta) return { meta, fallback: true };
	}
	return undefined;
}
