// JSON Schema (the subset the generated OpenAPI document uses) → fast-check arbitraries: values a schema
// accepts, hostile values, and a valid object with one thing wrong. A converter of our own, about a page long:
// the one library for this (json-schema-fast-check) was last released in 2020 for fast-check 1 and knows
// neither 2020-12 (prefixItems) nor the document's formats, and hostile inputs need our own code anyway.
import fc from 'fast-check';

export type Json = Record<string, unknown>;

/** A file of a multipart form (a schema's `contentMediaType: application/octet-stream` string). */
export class FilePart {
	constructor(
		readonly filename: string,
		readonly type: string,
		readonly data: Uint8Array
	) {}
	/** In a JSON body a file can only be its name. */
	toJSON() {
		return this.filename;
	}
}

/** A value filled in when the request is sent (a ticket's current version): it changes while the run goes. */
export class Live {
	constructor(readonly name: 'version') {}
	toJSON() {
		return `<live ${this.name}>`;
	}
}

/** A 1×1 PNG: a file the upload checks accept. */
export const PNG = new Uint8Array(
	Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
		'base64'
	)
);

/** Values named by a property name, from the fixtures (ids, refs): mixed in beside what the schema allows. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

const NUMBERS = [0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, 99999999999, 1e30, -1e30, 1e308, -0];
const TEXTS = [
	'',
	' ',
	'\0',
	'a\0b',
	'%00',
	'\ud800',
	'\u202e\u0645\u0631\u062d\u0628\u0627',
	'<script>alert(1)</script>',
	"'; drop table users; --",
	'../../../../etc/passwd',
	'99999999999',
	'1e30',
	'-1',
	'NaN',
	'null',
	'true',
	'{}',
	'SV-99999999999999999999',
	'🧑‍🤝‍🧑'.repeat(40)
];

/** Strings a careless parser or database trips on: NUL, lone surrogates, huge, long, numeric, markup. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(...TEXTS),
	fc.string().map((s) => `${s}\0${s}`),
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.string({ unit: 'binary-ascii', maxLength: 60 }),
	fc.constantFrom(201, 1001, 2001, 10_001, 17_000, 70_000).map((n) => 'x'.repeat(n)),
	fc.constantFrom(120, 5000).map((n) => 'ö'.repeat(n))
);

/** Numbers out of any sensible range, as numbers and as the digits a form sends. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(...NUMBERS),
	fc.constantFrom('99999999999', '1e30', '-1', '2147483648')
);

/** Any JSON value of a type the schema may not want: huge and odd numbers, nesting, hostile strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	hostileString,
	{ arbitrary: hostileNumber, weight: 2 },
	fc.constantFrom<unknown>(null, true, false, [], {}, [null], { $gt: '' }),
	fc.integer(),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.array(hostileString, { maxLength: 3 })
);

/** A value `schema` accepts (as far as JSON Schema can say: the server may still refuse it, and should say so). */
export function valid(schema: Json, hints: Hints = {}, name = ''): fc.Arbitrary<unknown> {
	const hint = hints[name];
	const own = fromSchema(schema, hints);
	return hint ? fc.oneof({ arbitrary: hint, weight: 2 }, { arbitrary: own, weight: 1 }) : own;
}

function fromSchema(schema: Json, hints: Hints): fc.Arbitrary<unknown> {
	if ('const' in schema) return fc.constant(schema.const);
	if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
	const type = schema.type as string | undefined;
	// a type beside anyOf (survey scores: a number or digits, and an integer 1–5) narrows it: keep the type
	if (!type && Array.isArray(schema.anyOf ?? schema.oneOf))
		return fc.oneof(...((schema.anyOf ?? schema.oneOf) as Json[]).map((s) => fromSchema(s, hints)));
	switch (type) {
		case 'string':
			return string(schema);
		case 'integer':
			return fc.integer({
				min: (schema.minimum as number | undefined) ?? -1000,
				max: (schema.maximum as number | undefined) ?? 1_000_000
			});
		case 'number':
			return fc.double({
				noNaN: true,
				noDefaultInfinity: true,
				min: schema.minimum as number | undefined,
				max: schema.maximum as number | undefined
			});
		case 'boolean':
			return fc.boolean();
		case 'null':
			return fc.constant(null);
		case 'array':
			return array(schema, hints);
		case 'object':
			return object(schema, hints);
		default:
			// {}: anything (the server's own pipeline decides)
			return fc.oneof(fc.integer({ min: 1, max: 50 }), hostileNumber, hostileValue);
	}
}

const file: fc.Arbitrary<FilePart> = fc
	.record({
		filename: fc.oneof(
			fc.constantFrom('a.png', 'note.txt', 'report.pdf', 'noext', '.htaccess'),
			hostileString.filter((s) => s.length < 300)
		),
		type: fc.constantFrom('image/png', 'text/plain', 'application/pdf', 'application/x-msdownload'),
		data: fc.oneof(fc.constant(PNG), fc.uint8Array({ maxLength: 64 }))
	})
	.map(({ filename, type, data }) => new FilePart(filename, type, new Uint8Array(data)));

function string(schema: Json): fc.Arbitrary<unknown> {
	if (schema.contentMediaType) return file;
	const minLength = (schema.minLength as number | undefined) ?? 0;
	const maxLength = (schema.maxLength as number | undefined) ?? 80;
	const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
	if (schema.format === 'email')
		return fc.emailAddress().filter((s) => s.length <= maxLength && s.length >= minLength);
	if (schema.format === 'date-time' || schema.format === 'date')
		return fc
			.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
			.map((d) => (schema.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString()));
	if (typeof schema.pattern === 'string')
		return fc.stringMatching(new RegExp(schema.pattern as string)).filter(fits);
	const short = fc.string({ minLength, maxLength: Math.min(maxLength, Math.max(minLength, 40)) });
	// at the limit too: a field as long as the contract allows
	return fc.oneof(
		{ arbitrary: short, weight: 4 },
		{ arbitrary: fc.constant('ä'.repeat(maxLength)).filter(fits), weight: 1 }
	);
}

function array(schema: Json, hints: Hints): fc.Arbitrary<unknown> {
	if (Array.isArray(schema.prefixItems))
		return fc.tuple(...(schema.prefixItems as Json[]).map((s) => fromSchema(s, hints)));
	const items = (schema.items as Json | undefined) ?? {};
	return fc.array(fromSchema(items, hints), {
		minLength: (schema.minItems as number | undefined) ?? 0,
		maxLength: Math.max(3, (schema.minItems as number | undefined) ?? 0)
	});
}

function object(schema: Json, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
	const properties = (schema.properties as Record<string, Json> | undefined) ?? {};
	const required = ((schema.required as string[] | undefined) ?? []).filter((k) => k in properties);
	const optional = Object.keys(properties).filter((k) => !required.includes(k));
	const model = (keys: string[]) =>
		Object.fromEntries(keys.map((key) => [key, valid(properties[key]!, hints, key)]));
	const bare = fc.record(model(required));
	if (!optional.length) return bare;
	// each optional field has rules of its own: mostly none or one of them, so the rest can be valid
	return fc.oneof(
		bare,
		fc
			.constantFrom(...optional)
			.chain((key) => fc.record(model([...required, key]), { requiredKeys: required })),
		fc.record(model(Object.keys(properties)), { requiredKeys: required })
	);
}

/** A value of the wrong kind for `schema`: numbers far out of range where a number goes, else anything. */
const numeric = (schema: Json) =>
	['integer', 'number', undefined].includes(schema.type as string) && !schema.enum;

function wrong(schema: Json): fc.Arbitrary<unknown> {
	return numeric(schema)
		? fc.oneof({ arbitrary: hostileNumber, weight: 3 }, hostileValue)
		: fc.oneof({ arbitrary: hostileString, weight: 2 }, hostileValue);
}

/** A valid object with one thing wrong: a required field missing, a field of a wrong kind, or one too many. */
export function invalidObject(
	schema: Json,
	hints: Hints = {}
): fc.Arbitrary<Record<string, unknown>> {
	const properties = (schema.properties as Record<string, Json> | undefined) ?? {};
	const required = (schema.required as string[] | undefined) ?? [];
	const base = object(schema, hints);
	const mutations: fc.WeightedArbitrary<Record<string, unknown>>[] = [
		{
			arbitrary: fc
				.tuple(base, fc.string({ minLength: 1, maxLength: 12 }), hostileValue)
				.map(([value, key, x]) => ({ ...value, [key]: x })),
			weight: 1
		}
	];
	// numbers are where range bugs live: a field that takes one is picked more often
	for (const [key, s] of Object.entries(properties))
		mutations.push({
			arbitrary: fc.tuple(base, wrong(s)).map(([value, x]) => ({ ...value, [key]: x })),
			weight: numeric(s) ? 3 : 1
		});
	if (required.length)
		mutations.push({
			arbitrary: fc.tuple(base, fc.constantFrom(...required)).map(([value, key]) => {
				const { [key]: _dropped, ...rest } = value;
				return rest;
			}),
			weight: 1
		});
	return fc.oneof(...mutations);
}
