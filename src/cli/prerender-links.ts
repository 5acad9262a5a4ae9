// The check Kit's prerenderer makes of the pages it crawls (handleHttpError and handleMissingId: 'fail'), made by
// src/cli/prerender-articles.ts of every prerendered page (Kit's crawler is off, see svelte.config.js): no link
// may lead to a page that does not exist or to an anchor its page lacks. Never a partial site.

/** A rendered page: its path, the ids of its elements and the links it holds. */
export interface PageLinks {
	path: string;
	ids: string[];
	links: string[];
}

/**
 * Where a link on a page leads on this site, as a decoded path and #fragment: when it is root-relative,
 * relative to the page, or on `origin` (canonical and alternate addresses); undefined for other sites and schemes.
 */
export function linkTarget(
	link: string,
	page: string,
	origin: string
): { path: string; fragment: string } | undefined {
	const href = link.startsWith(origin + '/') ? link.slice(origin.length) : link;
	if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
	const url = new URL(href, `http://site${page}`);
	return { path: decodeURI(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** The paths `pages` link to that are none of them and that `known` does not know: what remains to ask. */
export function unknownTargets(
	pages: PageLinks[],
	origin: string,
	known: (path: string) => boolean
): string[] {
	const paths = new Set(pages.map((page) => page.path));
	const unknown = new Set<string>();
	for (const page of pages)
		for (const link of page.links) {
			const target = linkTarget(link, page.path, origin);
			if (target && !paths.has(target.path) && !known(target.path)) unknown.add(target.path);
		}
	return [...unknown];
}

/**
 * The broken links of `pages`, as "from → to" lines: a link whose path is none of `pages` and that `known`
 * does not know (the fallback articles, and what the server answered), or whose #fragment names no id on its
 * page (checked where that page is one of `pages`).
 */
export function brokenLinks(
	pages: PageLinks[],
	origin: string,
	known: (path: string) => boolean
): string[] {
	const ids = new Map(pages.map((page) => [page.path, new Set(page.ids)]));
	const broken: string[] = [];
	for (const page of pages)
		for (const link of page.links) {
			const target = linkTarget(link, page.path, origin);
			if (!target) continue;
			const targetIds = ids.get(target.path);
			if (!targetIds && !known(target.path)) broken.push(`${page.path} → ${link}`);
			else if (target.fragment && targetIds && !targetIds.has(target.fragment))
				broken.push(`${page.path} → ${link} (no element with that id)`);
		}
	return broken;
}
