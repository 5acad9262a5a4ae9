// The OpenAPI 3.1 document of /api/v1, generated from the schemas the endpoints validate and answer with
// (openapi-operations.ts lists them per operation). No JSON Schema is written here by hand.
import {
	toJsonSchema,
	toJsonSchemaDefs,
	type ConversionConfig,
	type JsonSchema
} from '@valibot/to-json-schema';
import {
	NAMED_SCHEMAS,
	OPERATIONS,
	type BodyKind,
	type Operation,
	type Schema
} from './openapi-operations';

const REF = '#/components/schemas/';

const config: ConversionConfig = {
	target: 'draft-2020-12',
	// requests are described as sent (before transforms); response schemas have none
	typeMode: 'input',
	errorMode: 'ignore',
	overrideRef: ({ referenceId }) => REF + referenceId,
	// a file of a multipart form, or a file answered as it is
	overrideSchema: ({ valibotSchema }) =>
		valibotSchema.type === 'file'
			? { type: 'string', contentMediaType: 'application/octet-stream' }
			: null
};

const names = new Map<Schema, string>(
	Object.entries(NAMED_SCHEMAS).map(([name, schema]) => [schema, name])
);

function ref(schema: Schema): { $ref: string } {
	const name = names.get(schema);
	if (!name) throw new Error('A body schema of the OpenAPI table is not in NAMED_SCHEMAS');
	return { $ref: REF + name };
}

const MEDIA: Record<BodyKind, string[]> = {
	json: ['application/json'],
	form: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
	multipart: ['multipart/form-data'],
	// navigator.sendBeacon labels its JSON text/plain
	beacon: ['application/json', 'text/plain']
};

const WORDS: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted' };

function content(media: string[], schema: Schema) {
	return Object.fromEntries(media.map((type) => [type, { schema: ref(schema) }]));
}

/** Path parameters from the template: /tickets/{ref} → ref. */
function pathParameters(path: string) {
	return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
		name,
		in: 'path',
		required: true,
		schema: { type: 'string' }
	}));
}

/** One query parameter per entry of the query's object schema. */
function queryParameters(query: Operation['query']) {
	if (!query) return [];
	const { properties = {}, required = [] } = toJsonSchema(query, config) as JsonSchema & {
		properties?: Record<string, JsonSchema>;
		required?: string[];
	};
	return Object.entries(properties).map(([name, schema]) => ({
		name,
		in: 'query',
		required: required.includes(name),
		schema
	}));
}

type Refusals = NonNullable<Operation['errors']>;

/**
 * The refusals an operation can give: those of the edge (http/input.ts: unreadable text anywhere, a body over its
 * limit), its guard and body reader, then its own; where one status has several causes, all are named.
 */
function refusals(op: Operation): Refusals {
	const added: Refusals = {
		400: 'A NUL, or bytes that are not UTF-8, in the path, query string, a header or the body'
	};
	if (op.body) added[413] = 'Body too large';
	if (op.body?.limited) added[400] = `Not JSON or a form; or ${added[400]}`;
	if (op.auth)
		added[401] = op.auth === 'cron' ? 'No or wrong CRON_SECRET bearer token' : 'No session';
	if (op.auth === 'staff') added[403] = 'Not an agent or admin';
	if (op.auth === 'admin') added[403] = 'Not an admin';
	const all: Refusals = { ...added };
	for (const [status, own] of Object.entries(op.errors ?? {})) {
		const edge = added[Number(status)];
		if (typeof edge !== 'string') all[Number(status)] = own;
		// the edge's refusal has the JSON error body even where the operation's own has none
		else if (typeof own === 'string') all[Number(status)] = `${own}; or ${edge}`;
		else all[Number(status)] = [`${own[0]}; or ${edge}`, own[1] ?? NAMED_SCHEMAS.Error];
	}
	return all;
}

function responses(op: Operation) {
	const answers: [string, object][] = [];
	for (const [status, ok] of Object.entries(op.ok)) {
		const description = WORDS[status] ?? 'OK';
		if (typeof ok === 'string') answers.push([status, { description: ok }]);
		else if ('media' in ok)
			answers.push([status, { description, content: content([ok.media], ok.schema) }]);
		else answers.push([status, { description, content: content(MEDIA.json, ok) }]);
	}
	for (const [status, refusal] of Object.entries(refusals(op))) {
		const [description, schema] =
			typeof refusal === 'string' ? [refusal, NAMED_SCHEMAS.Error] : refusal;
		answers.push([
			status,
			schema ? { description, content: content(MEDIA.json, schema) } : { description }
		]);
	}
	return Object.fromEntries(answers.sort(([a], [b]) => Number(a) - Number(b)));
}

function operation(path: string, op: Operation) {
	const parameters = [...pathParameters(path), ...queryParameters(op.query)];
	return {
		summary: op.summary,
		...(op.description ? { description: op.description } : {}),
		...(op.auth ? { security: [op.auth === 'cron' ? { cron: [] } : { session: [] }] } : {}),
		...(parameters.length ? { parameters } : {}),
		...(op.body
			? {
					requestBody: {
						required: true,
						content: content([...new Set(op.body.kinds.flatMap((k) => MEDIA[k]))], op.body.schema)
					}
				}
			: {}),
		responses: responses(op)
	};
}

function build() {
	const schemas = toJsonSchemaDefs(NAMED_SCHEMAS, config) as unknown as Record<
		string,
		Record<string, unknown>
	>;
	return {
		openapi: '3.1.0',
		info: {
			title: 'Svar API',
			version: '1',
			description:
				'The functions other clients call. Errors are JSON {error: {code, message, fields?}}, messages in the request’s language (Accept-Language). Sessions are an HttpOnly cookie set by POST /auth/login. Form posts from another origin are refused (403).'
		},
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		servers: [{ url: '/api/v1' }],
		components: {
			securitySchemes: {
				session: { type: 'apiKey', in: 'cookie', name: 'svar_session' },
				cron: {
					type: 'http',
					scheme: 'bearer',
					description: 'The server’s CRON_SECRET (the jobs endpoint only)'
				}
			},
			schemas
		},
		paths: Object.fromEntries(
			Object.entries(OPERATIONS).map(([path, methods]) => [
				path,
				Object.fromEntries(
					Object.entries(methods).map(([method, op]) => [method, operation(path, op)])
				)
			])
		)
	};
}

let built: ReturnType<typeof build> | undefined;

/** The document, its server at `serverUrl` (the public origin). */
export function openApiDocument(serverUrl: string) {
	built ??= build();
	return { ...built, servers: [{ url: `${serverUrl}/api/v1` }] };
}
