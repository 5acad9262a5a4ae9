import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { templateOf } from './openapi-lookup';

const API = join(process.cwd(), 'src/routes/api/v1');
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** Every "METHOD /path" the route files export, the path templated as OpenAPI has it ([ref] → {ref}). */
function routeOperations(dir = API): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeOperations(path);
		if (entry.name !== '+server.ts') return [];
		const route =
			'/' +
			relative(API, dir)
				.split(sep)
				.map((s) => s.replace(/^\[(\w+)(=\w+)?\]$/, '{$1}'))
				.join('/');
		const source = readFileSync(path, 'utf8');
		return METHODS.filter((m) =>
			new RegExp(`export\\s+(const|(async\\s+)?function)\\s+${m}\\b`).test(source)
		).map((m) => `${m} ${route}`);
	});
}

type Json = Record<string, unknown>;
const document = openApiDocument('https://svar.example') as unknown as Json & {
	paths: Record<string, Record<string, Json>>;
	components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
};
const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
	Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)
);

/** Every value below `value`, with its JSON pointer. */
function* walk(value: unknown, pointer = '#'): Generator<[string, unknown]> {
	yield [pointer, value];
	if (value && typeof value === 'object')
		for (const [k, x] of Object.entries(value))
			yield* walk(x, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
}

function resolve(ref: string): unknown {
	return ref
		.slice(2)
		.split('/')
		.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
		.reduce<unknown>((at, key) => (at as Json | undefined)?.[key], document);
}

describe('the OpenAPI document against the route files', () => {
	const routes = routeOperations();

	it('finds the route files', () => {
		expect(routes).toContain('GET /tickets/{ref}');
		expect(routes).toContain('DELETE /canned-answers/{id}');
		expect(routes.length).toBeGreaterThan(25);
	});

	it('documents every route and method under src/routes/api', () => {
		expect(routes.filter((r) => !documented.includes(r))).toEqual([]);
	});

	it('documents nothing that does not exist', () => {
		expect(documented.filter((d) => !routes.includes(d))).toEqual([]);
	});
});

describe('the OpenAPI document itself', () => {
	it('is OpenAPI 3.1 with a server under /api/v1 and the cookie session', () => {
		expect(document.openapi).toBe('3.1.0');
		expect(document.info).toMatchObject({ title: expect.any(String), version: '1' });
		expect(document.servers).toEqual([{ url: 'https://svar.example/api/v1' }]);
		expect(document.components.securitySchemes.session).toEqual({
			type: 'apiKey',
			in: 'cookie',
			name: 'svar_session'
		});
	});

	it('resolves every $ref', () => {
		const refs = [...walk(document)].filter(([pointer]) => pointer.endsWith('/$ref'));
		expect(refs.length).toBeGreaterThan(50);
		for (const [pointer, ref] of refs) {
			expect(typeof ref === 'string' && ref.startsWith('#/'), pointer).toBe(true);
			expect(resolve(ref as string), `${pointer}: ${ref}`).toBeDefined();
		}
	});

	it('gives every operation a summary, its path parameters and a described answer per status', () => {
		for (const [path, methods] of Object.entries(document.paths)) {
			const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
			for (const [method, op] of Object.entries(methods)) {
				const where = `${method} ${path}`;
				expect(op.summary, where).toEqual(expect.any(String));
				const inPath = ((op.parameters ?? []) as Json[]).filter((p) => p.in === 'path');
				expect(inPath.map((p) => p.name).sort(), where).toEqual(names.sort());
				for (const security of (op.security ?? []) as Json[])
					for (const scheme of Object.keys(security))
						expect(document.components.securitySchemes[scheme], where).toBeDefined();
				const responses = op.responses as Record<string, Json>;
				for (const [status, response] of Object.entries(responses)) {
					expect(status, where).toMatch(/^[1-5]\d\d$/);
					expect(response.description, `${where} ${status}`).toEqual(expect.any(String));
				}
			}
		}
	});

	it('gives every operation a 2xx answer with a schema, unless it answers 204 or redirects', () => {
		for (const [path, methods] of Object.entries(document.paths))
			for (const [method, op] of Object.entries(methods)) {
				const responses = op.responses as Record<string, Json>;
				const successes = Object.keys(responses).filter((s) => /^[23]/.test(s));
				expect(successes.length, `${method} ${path}`).toBeGreaterThan(0);
				if (successes.every((s) => s === '204' || s.startsWith('3'))) continue;
				const withSchema = successes.filter((s) =>
					Object.values((responses[s]!.content ?? {}) as Record<string, Json>).some(
						(media) => media.schema
					)
				);
				expect(withSchema, `${method} ${path}`).not.toEqual([]);
			}
	});

	it('names every error answer in the JSON error shape, except where no body is sent', () => {
		for (const [path, methods] of Object.entries(document.paths))
			for (const [method, op] of Object.entries(methods))
				for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
					if (Number(status) < 400 || (path === '/views' && !response.content)) continue;
					const schema = (response.content as Record<string, Json>)['application/json']?.schema;
					expect(
						['#/components/schemas/Error', '#/components/schemas/Conflict'],
						`${method} ${path} ${status}`
					).toContain((schema as Json | undefined)?.$ref);
				}
	});

	it('documents the edge’s refusals everywhere: 400 for unreadable text, 413 for a body too large', () => {
		for (const [path, methods] of Object.entries(document.paths))
			for (const [method, op] of Object.entries(methods)) {
				const responses = op.responses as Record<string, Json>;
				expect(responses[400]?.description, `${method} ${path}`).toMatch(/NUL.*UTF-8/);
				expect(responses[400]?.content, `${method} ${path}`).toBeDefined();
				if (op.requestBody) expect(responses[413], `${method} ${path}`).toBeDefined();
			}
	});

	it('bounds every integer, those of forms and query strings too', () => {
		const integers = [...walk(document)].filter(([, x]) => (x as Json | null)?.type === 'integer');
		expect(integers.length).toBeGreaterThan(40);
		for (const [pointer, schema] of integers)
			expect(schema, pointer).toMatchObject({
				minimum: expect.any(Number),
				maximum: expect.any(Number)
			});
		const { schemas } = document.components;
		const anyOf = (schema: unknown) => (schema as { anyOf: Json[] }).anyOf;
		const query = (path: string, name: string) =>
			((document.paths[path]!.get!.parameters ?? []) as Json[]).find((p) => p.name === name)!
				.schema;
		for (const [where, schema, bounds] of [
			['TicketPatch.version', schemas.TicketPatch!.properties, [1, 2_147_483_647]],
			['queue limit', { x: query('/agent/queue', 'limit') }, [1, 1000]],
			['search limit', { x: query('/search', 'limit') }, [1, 50]],
			['survey csat', schemas.SurveyAnswer!.properties, [1, 5]],
			['first response', schemas.ServiceHoursInput!.properties, [1, 999]]
		] as const) {
			const [property] = Object.values(schema as Record<string, unknown>).filter((p) =>
				JSON.stringify(p).includes(`"maximum":${bounds[1]}`)
			);
			expect(anyOf(property), where).toContainEqual({
				type: 'integer',
				minimum: bounds[0],
				maximum: bounds[1]
			});
		}
	});

	it('keeps what the e2e suite reads from it', () => {
		expect(document.components.schemas.Signup!.required).toEqual(
			expect.arrayContaining(['name', 'email', 'password', 'locale'])
		);
	});
});

describe('templateOf', () => {
	it('finds the templated path of a concrete one, with or without /api/v1, origin and query', () => {
		expect(templateOf(document, '/api/v1/tickets/SV-1001/messages')).toBe(
			'/tickets/{ref}/messages'
		);
		expect(templateOf(document, 'http://127.0.0.1:4173/api/v1/me/summary?x=1')).toBe('/me/summary');
		expect(templateOf(document, '/tickets/SV-1001')).toBe('/tickets/{ref}');
		expect(templateOf(document, '/api/v1/nowhere')).toBeUndefined();
	});
});
