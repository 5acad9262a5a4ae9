/** Everything public may be indexed except the API and the redirect helpers; the sitemap lists the rest. */
export const GET = ({ url }) =>
	new Response(
		[
			'User-agent: *',
			'Disallow: /api/',
			'Disallow: /lang',
			'Disallow: /agent',
			'',
			`Sitemap: ${url.origin}/sitemap.xml`,
			''
		].join('\n'),
		{
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'cache-control': 'public, max-age=3600'
			}
		}
	);
