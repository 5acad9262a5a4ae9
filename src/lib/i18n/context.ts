import { getContext, setContext } from 'svelte';
import { i18nObject } from 'typesafe-i18n';
import type { Formatters, Locales, Translation, TranslationFunctions } from '$locales/i18n-types';
import type { Locale } from './locales';
import { memoized } from './memo';

export interface I18n {
	locale: Locale;
	LL: TranslationFunctions;
}

const KEY = Symbol('i18n');

export function createTranslator(locale: Locale, messages: Translation): TranslationFunctions {
	return memoized(
		i18nObject<Locales, Translation, TranslationFunctions, Formatters>(
			locale,
			messages,
			{} as Formatters
		)
	);
}

/** Set once in the root layout; the getter keeps it reactive when the page's locale changes. */
export function setI18n(i18n: () => I18n): void {
	setContext(KEY, i18n);
}

export function getI18n(): I18n {
	const get = getContext<(() => I18n) | undefined>(KEY);
	if (!get) throw new Error('getI18n() outside the root layout');
	return get();
}

/**
 * One Intl object per locale, made on first use: making one costs far more than using it, and the build renders
 * thousands of pages.
 */
function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
	const made = new Map<string, T>();
	return (locale) => {
		let value = made.get(locale);
		if (value === undefined) made.set(locale, (value = make(locale)));
		return value;
	};
}

const longDate = perLocale(
	(locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
);

/** A date in the reader's locale, e.g. "5 October 2026" / "5. oktober 2026" / "5 октября 2026 г.". */
export function formatDate(isoDate: string, locale: Locale): string {
	return longDate(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A moment in the reader's language ("Dec 7, 2026, 10:00 AM"), in `timeZone` when one is given. */
export function dateTime(locale: string) {
	return (at: string | number, timeZone?: string) =>
		new Intl.DateTimeFormat(locale, {
			dateStyle: 'medium',
			timeStyle: 'short',
			...(timeZone ? { timeZone } : {})
		}).format(new Date(at));
}

const languageNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: 'language' }));

const languageNamed = new Map<string, string>();

/** A language's name in the reader's language ("Englisch" for a German reader); each asked of Intl once. */
export function languageName(code: Locale, inLocale: Locale): string {
	const key = `${code} ${inLocale}`;
	let name = languageNamed.get(key);
	if (name === undefined) {
		if (languageNamed.size > 500) languageNamed.clear();
		languageNamed.set(key, (name = languageNames(inLocale).of(code) ?? code));
	}
	return name;
}

/** The first count of each plural category of a locale, from 0 to 200. */
const pluralSamples = perLocale((locale) => {
	const rules = new Intl.PluralRules(locale);
	const samples = new Map<Intl.LDMLPluralRule, number>();
	for (let n = 0; n <= 200; n++) if (!samples.has(rules.select(n))) samples.set(rules.select(n), n);
	return samples;
});

/**
 * A count's text for every plural category of a locale, with `{n}` where the number goes, so a script
 * without the dictionary can still say "5 статей". Built by asking the translator for one sample per category.
 */
export function pluralTemplates(
	locale: Locale,
	format: (count: number) => string
): Partial<Record<Intl.LDMLPluralRule, string>> {
	const templates: Partial<Record<Intl.LDMLPluralRule, string>> = {};
	for (const [category, n] of pluralSamples(locale))
		templates[category] = format(n).replace(String(n), '{n}');
	return templates;
}
