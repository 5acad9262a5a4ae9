// Text written into HTML or XML by hand (mail bodies, the sitemap): one escape for every writer.

/** Text safe inside an element or a double-quoted attribute of HTML or XML. */
export function escapeMarkup(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
