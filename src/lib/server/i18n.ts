import { i18nObject } from 'typesafe-i18n';
import type { Formatters, Locales, Translation, TranslationFunctions } from '$locales/i18n-types';
import en from '$locales/en/index';
import nb from '$locales/nb/index';
import sv from '$locales/sv/index';
import ru from '$locales/ru/index';
import de from '$locales/de/index';
import fr from '$locales/fr/index';
import nl from '$locales/nl/index';
import ar from '$locales/ar/index';
import type { Locale } from '$lib/i18n/locales';
import { memoized } from '$lib/i18n/memo';
import usage from 'virtual:svar/strings';
import { pickStrings } from './strings/usage';

/** Every UI dictionary. Server-only: a page receives just its own locale's dictionary as data. */
export const dictionaries: Record<Locale, Translation> = {
	en: en as Translation,
	nb,
	sv,
	ru,
	de,
	fr,
	nl,
	ar
};

/**
 * A translator in `locale`: typesafe-i18n's global store is never used on the server. Translating is pure, so
 * each locale's is made once and its lookups kept (memo.ts).
 */
export function translator(locale: Locale): TranslationFunctions {
	let LL = translators.get(locale);
	if (!LL)
		translators.set(
			locale,
			(LL = memoized(
				i18nObject<Locales, Translation, TranslationFunctions, Formatters>(
					locale,
					dictionaries[locale],
					{} as Formatters
				)
			))
		);
	return LL;
}

const translators = new Map<Locale, TranslationFunctions>();

/**
 * The strings a page of this route can show, which is what the root layout sends it: a 404 or a sign-in form
 * carries a few dozen strings, not the whole dictionary (src/lib/server/strings/usage.ts). In dev, all of them.
 */
export function messagesFor(locale: Locale, routeId: string | null): Translation {
	return pickStrings(dictionaries[locale], usage?.[routeId ?? '']);
}
