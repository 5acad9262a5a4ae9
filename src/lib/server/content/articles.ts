import { fillTemplate } from '$lib/content/template.js';
import type { CalloutKind } from '$lib/content/markdown.js';
import type { ContentIndex } from '$lib/content/resolve';
import type { Locale } from '$lib/i18n/locales';
import type { TranslationFunctions } from '$locales/i18n-types';

/** What a rendered article asks of its reader: where article links go and what callouts are called. */
export interface ReaderContext {
	href(id: string, anchor?: string): string;
	callout(kind: CalloutKind): string;
}

/**
 * An article's body for one reader: its template (written when content was parsed, see
 * src/lib/content/template.js) with the reader's links and labels filled in. Sent as HTML, so a page's
 * JavaScript is the same whatever the article's length.
 */
export function renderArticle(
	template: string,
	reader: Locale,
	index: ContentIndex,
	LL: TranslationFunctions
): string {
	const context = readerContext(reader, index, LL);
	return fillTemplate(template, (slot) =>
		slot[0] === 'href' ? context.href(slot[1], slot[2]) : context.callout(slot[1] as CalloutKind)
	);
}

/**
 * What depends on the reader rather than the file: `article:<id>` links go to that article in the reader's
 * locale (or its fallback), keeping an anchor only when that version has the heading, and callouts get their
 * label in the reader's UI language.
 */
export function readerContext(
	reader: Locale,
	index: ContentIndex,
	LL: TranslationFunctions
): ReaderContext {
	return {
		href(id, anchor) {
			const target = index.article(id, reader)?.meta;
			const keep = anchor && target?.headings.some((h) => h.id === decodeURIComponent(anchor));
			return index.articlePath(id, reader, keep ? anchor : undefined);
		},
		callout: (kind) => LL.callout[kind]()
	};
}
