import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { ContentIndex } from '$lib/content/resolve';
import type { ArticleMeta } from '$lib/content/types';
import type { Locale } from '$lib/i18n/locales';
import type { TranslationFunctions } from '$locales/i18n-types';

// Compiled by mdsvex for the server only. Rendering here and sending HTML keeps article code out of the
// browser: a page's JavaScript is the same whatever the article's length.
const modules = import.meta.glob<{ default: Component }>([
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
	return localizeHtml(render(Article).body, reader, index, LL);
}

/**
 * What depends on the reader rather than the file: `article:<id>` links go to that article in the reader's
 * locale (or its fallback), and callouts get their label in the reader's UI language.
 */
export function localizeHtml(
	html: string,
	reader: Locale,
	index: ContentIndex,
	LL: TranslationFunctions
): string {
	return html
		.replace(/href="article:([a-z0-9-]+)(?:#([^"]*))?"/g, (_, id: string, anchor?: string) => {
			const target = index.article(id, reader)?.meta;
			const keepAnchor =
				anchor && target?.headings.some((h) => h.id === decodeURIComponent(anchor));
			return `href="${escapeAttr(index.articlePath(id, reader, keepAnchor ? anchor : undefined))}"`;
		})
		.replace(
			/<aside([^>]*?)data-callout="(note|tip|warning)"([^>]*)>/g,
			(_, before: string, kind: 'note' | 'tip' | 'warning', after: string) => {
				const label = escapeAttr(LL.callout[kind]());
				return `<aside${before}data-callout="${kind}"${after} aria-label="${label}"><p class="callout-title">${label}</p>`;
			}
		);
}

function escapeAttr(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}
