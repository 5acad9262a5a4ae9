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

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the element. */
export function jsonLdText(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
