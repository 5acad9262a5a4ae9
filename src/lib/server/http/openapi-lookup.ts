// Finding the templated path of a concrete one in an OpenAPI document (the served one or the generated one), and
// a schema with its references resolved. No imports, so the e2e support code and the fuzzer can load it as it is:
// templateOf(document, '/api/v1/tickets/SV-1001').

type Json = Record<string, unknown>;

export interface OpenApiDocument {
	servers?: { url: string }[];
	paths: Record<string, Record<string, Json>>;
	components?: { schemas?: Record<string, Json> };
}

const REF = '#/components/schemas/';

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

/** A schema with every #/components/schemas/ reference replaced by what it names (the schemas are not recursive). */
export function inline(value: unknown, schemas: Record<string, Json>): unknown {
	if (Array.isArray(value)) return value.map((x) => inline(x, schemas));
	if (!value || typeof value !== 'object') return value;
	const ref = (value as Json).$ref;
	if (typeof ref === 'string' && ref.startsWith(REF)) {
		const target = schemas[ref.slice(REF.length)];
		if (!target) throw new Error(`${ref} names no schema`);
		return inline(target, schemas);
	}
	return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, inline(x, schemas)]));
}
