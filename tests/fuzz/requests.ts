// One fuzz request: who sends it, its path and query values and its body, generated from an operation of the
// served OpenAPI document, and the URL and body bytes it makes (wire.ts sends them as they are).
import fc from 'fast-check';
import {
	FilePart,
	hostileString,
	hostileValue,
	invalidObject,
	valid,
	type Hints,
	type Json
} from './arbitraries.ts';

export const ROLES = ['anonymous', 'forged', 'customer', 'agent', 'admin'] as const;
/** anonymous: no cookie; forged: a session cookie that names no session; the others: a live session. */
export type Role = (typeof ROLES)[number];

/** Text put in the URL as it is, already percent-encoded: escapes that decode to no valid UTF-8, a lone %. */
export class Raw {
	constructor(readonly text: string) {}
	toJSON() {
		return `<raw ${this.text}>`;
	}
}

export type Body =
	| { kind: 'value'; type: string; value: unknown }
	| { kind: 'raw'; type: string; bytes: string | Buffer };

export interface Input {
	role: Role;
	/** the forged role's cookie value (sent percent-encoded) */
	cookie?: string;
	path: Record<string, string | Raw>;
	query: [string, string | Raw][];
	body?: Body;
	acceptLanguage: string;
	accept: string;
}

export interface Operation {
	method: string;
	/** templated, relative to /api/v1: /tickets/{ref} */
	template: string;
	parameters: { name: string; in: 'path' | 'query'; required?: boolean; schema: Json }[];
	body?: { types: string[]; schema: Json };
	/** the statuses the document lists */
	statuses: string[];
}

export const title = (op: Pick<Operation, 'method' | 'template'>) =>
	`${op.method.toUpperCase()} ${op.template}`;

/** Values per path parameter name from the fixtures (refs, ids, tokens): mixed in beside anything else. */
export type PathHints = Record<string, string[]>;

const RAW_SEGMENTS = ['%ff', '%c0%80', '%ed%a0%80', '%00', '%', '%zz', '%2F', '%5C..%5C'];

/**
 * Node answers 431 itself when the request line and headers pass 16 KB, before the app sees them: keep each
 * value in the URL or a header well under that (bodies carry the long strings).
 */
const fitsHeader = (value: string | Raw) =>
	(value instanceof Raw || value.length <= 2000) && percent(value).length <= 2000;

function pathValue(hints: string[] = []): fc.Arbitrary<string | Raw> {
	const options: fc.WeightedArbitrary<string | Raw>[] = [
		{ arbitrary: hostileString.filter((s) => s.length > 0 && s !== '.' && s !== '..'), weight: 2 },
		{
			arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^\.\.?$/.test(s)),
			weight: 1
		},
		{ arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((s) => new Raw(s)), weight: 1 }
	];
	if (hints.length) options.push({ arbitrary: fc.constantFrom(...hints), weight: 6 });
	return fc.oneof(...options).filter(fitsHeader);
}

type Query = [string, string | Raw][];

/** The query string as an object of its parameters: valid, or with one thing wrong, or an undecodable escape. */
function query(op: Operation, hints: Hints): fc.Arbitrary<Query> {
	const params = op.parameters.filter((p) => p.in === 'query');
	if (!params.length) return fc.constant([]);
	const schema = {
		type: 'object',
		properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
		required: params.filter((p) => p.required).map((p) => p.name)
	};
	const pairs = (value: Record<string, unknown>): Query =>
		Object.entries(value).map(([k, v]) => [k, v instanceof Raw ? v : fieldText(v)]);
	const raw = fc
		.tuple(
			valid(schema, hints),
			fc.constantFrom(...params.map((p) => p.name)),
			fc.constantFrom(...RAW_SEGMENTS)
		)
		.map(([value, key, text]) => ({ ...(value as object), [key]: new Raw(text) }));
	return fc
		.oneof(
			{ arbitrary: valid(schema, hints) as fc.Arbitrary<Record<string, unknown>>, weight: 2 },
			{ arbitrary: invalidObject(schema, hints), weight: 2 },
			{ arbitrary: raw, weight: 1 }
		)
		.map(pairs)
		.filter((q) => q.every(([k, v]) => fitsHeader(k) && fitsHeader(v)));
}

/** A body over the server's whole-body limit (BODY_SIZE_LIMIT, 52 MB): the README promises 413. */
export const OVERSIZED = Buffer.alloc(53 * 1024 * 1024, 0x61);

/** Bodies that are not what any endpoint reads: broken JSON, no JSON at all, too big, bad UTF-8, deep. */
const RAW_BODIES: (string | Buffer)[] = [
	'',
	'{',
	'{"a":',
	'null',
	'[]',
	'"text"',
	'1e999',
	'{"__proto__":{"admin":true}}',
	`{"x":"${'a'.repeat(20_000)}"}`,
	'x'.repeat(70_000),
	'['.repeat(5000) + ']'.repeat(5000),
	Buffer.concat([
		Buffer.from('{"message":"'),
		Buffer.from([0xff, 0xfe, 0xc0, 0x80]),
		Buffer.from('"}')
	]),
	Buffer.concat([Buffer.from('{"message":"a'), Buffer.from([0]), Buffer.from('b"}')]),
	'--x\r\nContent-Disposition: form-data; name="message"\r\n\r\nunterminated',
	OVERSIZED
];

function body(op: Operation, hints: Hints): fc.Arbitrary<Body> | undefined {
	if (!op.body) return undefined;
	const { types, schema } = op.body;
	const documented = fc.constantFrom(...types);
	const anyType = fc.oneof(
		{ arbitrary: documented, weight: 4 },
		{
			arbitrary: fc.constantFrom(
				'application/json',
				'text/plain',
				'application/xml',
				'multipart/form-data',
				'application/x-www-form-urlencoded',
				''
			),
			weight: 1
		}
	);
	const value = (arbitrary: fc.Arbitrary<unknown>, type: fc.Arbitrary<string>) =>
		fc.record({ kind: fc.constant('value' as const), type, value: arbitrary });
	return fc.oneof(
		{ arbitrary: value(valid(schema, hints), documented), weight: 4 },
		{ arbitrary: value(invalidObject(schema, hints), documented), weight: 4 },
		{ arbitrary: value(hostileValue, anyType), weight: 1 },
		{
			arbitrary: fc.record({
				kind: fc.constant('raw' as const),
				type: anyType,
				bytes: fc.constantFrom(...RAW_BODIES)
			}),
			weight: 1
		}
	);
}

/** Every request this fuzzer may send for `op`. */
export function inputs(op: Operation, hints: Hints, pathHints: PathHints): fc.Arbitrary<Input> {
	const pathNames = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
	const forged = fc
		.oneof(fc.constantFrom('\0.x', 'a.b', '.', 'x'.repeat(2000)), hostileString)
		.filter((s) => s.length > 0 && fitsHeader(s));
	const signedIn: Role[] = ['customer', 'agent', 'admin'];
	const staff: Role[] = ['agent', 'admin'];
	// an API client's Accept; a browser's only where the document has an answer for browsers (a redirect)
	const browser = op.statuses.some((s) => s.startsWith('3'));
	const accept = ['application/json', '*/*'];
	if (browser) accept.push('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
	return fc.record(
		{
			// the signed-in more often: most of the API is theirs
			role: fc.oneof(
				fc.constantFrom<Role>('anonymous', 'forged'),
				fc.constantFrom<Role>('customer', 'agent', 'admin'),
				// an operation that refuses some accounts (403) is mostly for staff
				fc.constantFrom<Role>(...(op.statuses.includes('403') ? staff : signedIn))
			),
			cookie: forged,
			path: fc.record(Object.fromEntries(pathNames.map((n) => [n, pathValue(pathHints[n])]))),
			query: query(op, hints),
			body: body(op, hints) ?? fc.constant(undefined),
			acceptLanguage: fc.constantFrom('en', 'nb', 'ar', 'de-CH,de;q=0.9', '', 'xx;q=zz', '*'),
			accept: fc.constantFrom(...accept)
		},
		{ requiredKeys: ['role', 'path', 'query', 'acceptLanguage', 'accept'] }
	);
}

/** Percent-encode every byte of the UTF-8 that is not unreserved (lone surrogates become U+FFFD). */
export function percent(value: string | Raw): string {
	if (value instanceof Raw) return value.text;
	return [...Buffer.from(value, 'utf8')]
		.map((b) =>
			/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
				? String.fromCharCode(b)
				: `%${b.toString(16).toUpperCase().padStart(2, '0')}`
		)
		.join('');
}

export function target(op: Operation, input: Input): string {
	const path = op.template.replace(/\{(\w+)\}/g, (_, name: string) => percent(input.path[name]!));
	const query = input.query.map(([k, v]) => `${percent(k)}=${percent(v)}`).join('&');
	return `/api/v1${path}${query ? `?${query}` : ''}`;
}

function fieldText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === null || value === undefined) return '';
	if (value instanceof FilePart) return value.filename;
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Form fields of a value: an array is the field repeated, a file stays a file. */
function fields(value: unknown): [string, unknown][] {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return [['value', value]];
	return Object.entries(value).flatMap(([k, v]) =>
		Array.isArray(v) ? v.map((x): [string, unknown] => [k, x]) : [[k, v]]
	);
}

/** The bytes and Content-Type of a body. */
export async function encode(b: Body): Promise<{ type: string; bytes: Buffer }> {
	if (b.kind === 'raw')
		return { type: b.type, bytes: typeof b.bytes === 'string' ? Buffer.from(b.bytes) : b.bytes };
	if (b.type === 'multipart/form-data') {
		const form = new FormData();
		for (const [k, v] of fields(b.value)) {
			if (v instanceof FilePart)
				form.append(k, new Blob([new Uint8Array(v.data)], { type: v.type }), v.filename);
			else form.append(k, fieldText(v));
		}
		const response = new Response(form);
		return {
			type: response.headers.get('content-type')!,
			bytes: Buffer.from(await response.arrayBuffer())
		};
	}
	if (b.type === 'application/x-www-form-urlencoded') {
		const params = new URLSearchParams();
		for (const [k, v] of fields(b.value)) params.append(k, fieldText(v));
		return { type: b.type, bytes: Buffer.from(params.toString()) };
	}
	return { type: b.type, bytes: Buffer.from(JSON.stringify(b.value) ?? '') };
}
