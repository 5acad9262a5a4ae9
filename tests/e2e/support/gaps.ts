// The sample help centre is complete in all eight languages, so its fallback pages (an article shown in another
// language, with a notice in the reader's, where the reader's has no translation) are tested on a copy of it with
// these translations taken out: built and served beside the main server by gap-site.ts (playwright.config.ts).
import path from 'node:path';
import { ContentIndex } from '../../../src/lib/content/resolve.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { loadContent } from '../../../src/lib/server/content/load.ts';

/** The translations the copy lacks, as [article id, locale]. */
export const GAPS: [id: string, locale: Locale][] = [
	['warranty', 'de'],
	['return-item', 'ar'],
	['wrong-item', 'ar'],
	['open-ticket', 'fr'],
	['wrong-item', 'fr']
];

/** The copy's server and the folder it was built in. */
export const GAP_BASE_URL = process.env.E2E_GAP_BASE_URL ?? '';
export const GAP_DIR = process.env.E2E_GAP_DIR ?? '';

const missing = (id: string, locale: Locale) => GAPS.some(([i, l]) => i === id && l === locale);

/** The copy's content, read as the build reads it: the sample without GAPS. */
export async function gapContent(root = path.resolve('.')): Promise<ContentIndex> {
	const { manifest } = await loadContent(root);
	return new ContentIndex({
		...manifest,
		articles: manifest.articles.filter((a) => !missing(a.id, a.locale))
	});
}
