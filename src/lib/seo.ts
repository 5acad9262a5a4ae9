import type { Locale } from '$lib/i18n/locales';

/** What the <head> of a page needs; built on the server, rendered by Seo.svelte. */
export interface SeoData {
	title: string;
	description: string;
	/** Absolute URL of the version search engines should index. */
	canonical: string;
	/** One per real translation, plus x-default. Absolute URLs. */
	alternates: { hreflang: string; href: string }[];
	ogType: 'website' | 'article';
	ogLocale: string;
	jsonLd: object[];
	noindex?: boolean;
}

/** A link in the language switcher: the same page in another locale. */
export interface LanguageLink {
	locale: Locale;
	href: string;
}

/** A <script type="application/ld+json"> element; `<` is escaped so no text can close it early. */
export function jsonLdScript(data: object): string {
	return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</${'script'}>`;
}
