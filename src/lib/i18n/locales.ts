/** UI locales Svar ships. Content may exist in fewer; the rest falls back to DEFAULT_LOCALE per article. */
export const LOCALES = ['en', 'nb', 'sv', 'ru', 'de', 'fr', 'nl', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** The cookie that records a reader's explicit language choice; it beats Accept-Language. */
export const LOCALE_COOKIE = 'svar_locale';

export const LOCALE_INFO: Record<Locale, { name: string; dir: 'ltr' | 'rtl'; og: string }> = {
	en: { name: 'English', dir: 'ltr', og: 'en_GB' },
	nb: { name: 'Norsk bokmål', dir: 'ltr', og: 'nb_NO' },
	sv: { name: 'Svenska', dir: 'ltr', og: 'sv_SE' },
	ru: { name: 'Русский', dir: 'ltr', og: 'ru_RU' },
	de: { name: 'Deutsch', dir: 'ltr', og: 'de_DE' },
	fr: { name: 'Français', dir: 'ltr', og: 'fr_FR' },
	nl: { name: 'Nederlands', dir: 'ltr', og: 'nl_NL' },
	ar: { name: 'العربية', dir: 'rtl', og: 'ar_AR' }
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Norwegian browsers send "no" or "nn" as often as "nb"; bokmål is what we have. */
const ALIASES: Record<string, Locale> = { no: 'nb', nn: 'nb' };

/** The locale a request's first path segment names, if any. */
export function localeFromPath(pathname: string): Locale | undefined {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : undefined;
}

/**
 * Pick the reader's locale: an explicit choice (cookie) wins, then Accept-Language by q-value (exact tag, then
 * its primary subtag, then a known alias), then the default.
 */
export function negotiateLocale(
	acceptLanguage: string | null | undefined,
	chosen?: string | null
): Locale {
	if (isLocale(chosen)) return chosen;
	const ranges = (acceptLanguage ?? '')
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
			return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
		})
		.filter((r) => r.tag && r.tag !== '*' && r.q > 0 && !Number.isNaN(r.q))
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const { tag } of ranges) {
		const primary = tag.split('-')[0] ?? '';
		for (const candidate of [tag, primary]) {
			if (isLocale(candidate)) return candidate;
			const alias = ALIASES[candidate];
			if (alias) return alias;
		}
	}
	return DEFAULT_LOCALE;
}
