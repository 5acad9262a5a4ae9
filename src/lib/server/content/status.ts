import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { ContentManifest } from '../../content/types.ts';

export type TranslationState = 'source' | 'current' | 'stale' | 'missing';

export interface ArticleStatus {
	id: string;
	category: string;
	/** The source's `updated`. */
	updated: string;
	locales: Record<Locale, { state: TranslationState; updated?: string }>;
}

/**
 * For every article of the source locale, what each locale has: current, stale (the source was updated after
 * the translation) or missing. Articles that exist only in other locales are listed with the source missing.
 */
export function translationStatus(manifest: ContentManifest, locales: readonly Locale[] = LOCALES): ArticleStatus[] {
	const byId = new Map<string, Map<Locale, string>>();
	const categories = new Map<string, string>();
	for (const a of manifest.articles) {
		if (!byId.has(a.id)) byId.set(a.id, new Map());
		byId.get(a.id)!.set(a.locale, a.updated);
		categories.set(a.id, a.category);
	}
	return [...byId.keys()].sort().map((id) => {
		const versions = byId.get(id)!;
		const source = versions.get(manifest.sourceLocale);
		const entries = locales.map((locale) => {
			const updated = versions.get(locale);
			let state: TranslationState;
			if (locale === manifest.sourceLocale) state = updated ? 'source' : 'missing';
			else if (!updated) state = 'missing';
			else state = source && updated < source ? 'stale' : 'current';
			return [locale, { state, updated }] as const;
		});
		return {
			id,
			category: categories.get(id)!,
			updated: source ?? '',
			locales: Object.fromEntries(entries) as ArticleStatus['locales']
		};
	});
}

/** Per locale: how many articles are current, stale and missing. */
export function statusSummary(rows: ArticleStatus[], locales: readonly Locale[] = LOCALES) {
	return locales.map((locale) => {
		const count = (s: TranslationState) => rows.filter((r) => r.locales[locale].state === s).length;
		return { locale, current: count('current') + count('source'), stale: count('stale'), missing: count('missing') };
	});
}
