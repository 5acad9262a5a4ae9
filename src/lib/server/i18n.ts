import { i18nObject } from 'typesafe-i18n';
import type { Formatters, Locales, Translation, TranslationFunctions } from '$locales/i18n-types';
import load from 'virtual:svar/dictionaries';
import type { Locale } from '$lib/i18n/locales';
import { memoized } from '$lib/i18n/memo';
import usage from 'virtual:svar/strings';
import { pickStrings } from './strings/usage';

const loaded = new Map<Locale, Translation>();

/**
 * A locale's UI dictionary, made the first time it is asked for (a built server parses it then: see
 * strings/dictionaries.ts). Server-only: a page receives just its own locale's strings as data.
 */
export function dictionary(locale: Locale): Translation {
	let found = loaded.get(locale);
	if (!found) loaded.set(locale, (found = load[locale]()));
	return found;
}

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
					dictionary(locale),
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
	return pickStrings(dictionary(locale), usage?.[routeId ?? '']);
}
