import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { ReaderContext } from '$lib/content/markdown.js';
import type { ContentIndex } from '$lib/content/resolve';
import type { ArticleMeta } from '$lib/content/types';
import type { Locale } from '$lib/i18n/locales';
import type { TranslationFunctions } from '$locales/i18n-types';

/** An article as mdsvex compiles it with Svar's plugins (src/lib/content/markdown.js). */
export type CompiledArticle = Component<{ svar: ReaderContext }>;

// Compiled by mdsvex for the server only. Rendering here and sending HTML keeps article code out of the
// browser: a page's JavaScript is the same whatever the article's length.
const modules = import.meta.glob<{ default: CompiledArticle }>([
	'/content/**/*.md',
	'!/content/**/index.md'
]);

export async function renderArticle(
	meta: ArticleMeta,
	reader: Locale,
	index: ContentIndex,
	LL: TranslationFunctions
): Promise<string> {
	const load = modules[meta.file];
	if (!load) throw new Error(`No compiled article for ${meta.file}`);
	const { default: Article } = await load();
	return render(Article, { props: { svar: readerContext(reader, index, LL) } }).body;
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
