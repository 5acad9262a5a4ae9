import type { Locale } from '$lib/i18n/locales';

export interface Heading {
	depth: 2 | 3;
	id: string;
	text: string;
}

export interface CategoryMeta {
	id: string;
	locale: Locale;
	title: string;
	description: string;
	order: number;
	slug: string;
}

export interface ArticleMeta {
	id: string;
	locale: Locale;
	category: string;
	slug: string;
	title: string;
	description: string;
	keywords: string[];
	/** YYYY-MM-DD */
	updated: string;
	headings: Heading[];
	/** Ids of the articles this one links to. */
	links: string[];
	/** The line of the source file each of `links` is first written on, for file:line messages. */
	linkLines?: Record<string, number>;
	/** Path from the project root, e.g. /content/en/payments/payment-provider.md (the glob key). */
	file: string;
	words: number;
}

/** Everything published under content/, validated at build time (see $lib/server/content). */
export interface ContentManifest {
	sourceLocale: Locale;
	categories: CategoryMeta[];
	articles: ArticleMeta[];
}

/** A link to an article as lists show it; `lang` is set when the text is in another language than the page. */
export interface ArticleLink {
	id: string;
	title: string;
	description: string;
	href: string;
	lang?: Locale;
}

export interface Crumb {
	title: string;
	href: string;
	/** Set when the title is in another language than the page (a fallback). */
	lang?: Locale;
}
