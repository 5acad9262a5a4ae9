import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentIndex } from '$lib/content/resolve';
import { loadContent } from '$lib/server/content/load';
import { articleLink, ContentError, relatedArticles } from './pages';

// The dev preview renders content that content:check would refuse: a broken link must come out as the same
// file:line message, not as a TypeError behind a generic error page.
describe('an article with a broken article: link', () => {
	const broken = new ContentIndex(
		loadContent(path.resolve('tests/fixtures/content/broken')).manifest
	);
	const links = broken.article('links', 'en')!.meta;

	it('names the file and line of the link, as content:check does', () => {
		expect(() => relatedArticles(links, 'en', broken)).toThrow(ContentError);
		expect(() => relatedArticles(links, 'en', broken)).toThrow(
			'content/en/billing/links.md:10: link to missing article "does-not-exist"'
		);
	});

	it('names the linking file when a link to a missing article is looked up directly', () => {
		expect(() => articleLink('does-not-exist', 'nb', links, broken)).toThrow(
			'content/en/billing/links.md:10: link to missing article "does-not-exist"'
		);
	});

	it('still lists related articles when every link resolves', () => {
		const twin = broken.article('twin', 'en')!.meta;
		expect(relatedArticles(twin, 'nb', broken).map((a) => a.id)).toContain('links');
	});
});
