// The values of one attribute throughout a page Svelte rendered, where attributes are always double-quoted with
// & and " escaped: enough to find a page's ids and links without parsing it (Kit's prerenderer crawls the same way).

/**
 * @param {string} html
 * @param {'id' | 'href'} name
 * @returns {string[]}
 */
export function attributes(html, name) {
	/** @type {string[]} */
	const values = [];
	for (const match of html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g')))
		values.push((match[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
	return values;
}
