// Finding the templated path of a concrete one in an OpenAPI document (the served one or the generated one). No
// imports, so the e2e support code can load it as it is: templateOf(document, '/api/v1/tickets/SV-1001').

export interface OpenApiDocument {
	paths: Record<string, unknown>;
}

/** The path relative to the document's server (/api/v1), without origin, query or fragment. */
function relative(path: string): string {
	const bare = path.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
	return bare.startsWith('/api/v1/') ? bare.slice('/api/v1'.length) : bare;
}

/** The templated path (e.g. /tickets/{ref}) that a concrete path matches; literal segments win. */
export function templateOf(document: OpenApiDocument, path: string): string | undefined {
	const parts = relative(path).split('/');
	const matches = Object.keys(document.paths).filter((template) => {
		const t = template.split('/');
		return (
			t.length === parts.length &&
			t.every((s, i) => (s.startsWith('{') && s.endsWith('}') ? parts[i] !== '' : s === parts[i]))
		);
	});
	const literal = (t: string) => t.split('/').filter((s) => !s.startsWith('{')).length;
	return matches.sort((a, b) => literal(b) - literal(a))[0];
}
