import { content } from '$lib/server/content';
import { sitemapXml } from '$lib/server/content/sitemap';

/** Dynamic so its absolute URLs use the origin the site is served from (ORIGIN), not the build's. */
export const GET = ({ url }) =>
	new Response(sitemapXml(url.origin, content), {
		headers: {
			'content-type': 'application/xml; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
