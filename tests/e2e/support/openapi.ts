// Every /api/v1 response a test receives, from an API client or from the browser's own fetches, is checked
// against the served OpenAPI document: its status and JSON body against
// paths[route][method].responses[status].content['application/json'].schema. A mismatch fails the test with
// the path, the status and the schema's complaints. A response the document has no schema for is listed
// (playwright.config.ts prints the run's list at the end) and fails the test only when REQUIRE_DOCUMENTED is on.
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse, Response } from '@playwright/test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { templateOf } from '../../../src/lib/server/http/openapi-lookup.ts';
import { BASE_URL, DATA_DIR } from './server.ts';

/** Whether a response the document has no schema for fails the test (on once every route documents its own). */
export const REQUIRE_DOCUMENTED = true;

const PREFIX = '/api/v1';
/** One line per undocumented route/method/status seen in this run, from every worker. */
export const undocumentedFile = (dataDir = DATA_DIR) => path.join(dataDir, 'undocumented-api.txt');

interface Operation {
	responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
	paths: Record<string, Record<string, Operation>>;
}
interface Checker {
	doc: Document;
	ajv: Ajv2020;
	compiled: Map<string, ValidateFunction>;
}

let checker: Promise<Checker> | undefined;

async function load(): Promise<Checker> {
	const answer = await fetch(`${BASE_URL}${PREFIX}/openapi.json`);
	if (!answer.ok) throw new Error(`GET ${PREFIX}/openapi.json answered ${answer.status}`);
	const doc = (await answer.json()) as Document;
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats.default(ajv);
	ajv.addSchema(doc, 'openapi.json');
	return { doc, ajv, compiled: new Map() };
}

const pointer = (...parts: string[]) =>
	parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/**
 * SvelteKit answers these before any route runs, so no route documents them: 405 for a method a route does not
 * export, 403 for a cross-site form post (its CSRF check).
 */
function kitsOwn(status: number, body: Buffer | null): boolean {
	return status === 405 || (status === 403 && /Cross-site POST/i.test(body?.toString() ?? ''));
}

/** The verdict on one response: null when it is not an API response. */
export async function judge(
	method: string,
	url: string,
	status: number,
	contentType: string,
	body: Buffer | null
): Promise<{ mismatch?: string; undocumented?: string } | null> {
	const pathname = new URL(url, BASE_URL).pathname;
	if (!pathname.startsWith(`${PREFIX}/`) || kitsOwn(status, body)) return null;
	const c = await (checker ??= load());
	const route = pathname.slice(PREFIX.length);
	const template = templateOf(c.doc as unknown as Parameters<typeof templateOf>[0], pathname);
	const m = method.toLowerCase();
	const responses = template ? c.doc.paths[template]![m]?.responses : undefined;
	const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses?.[k]);
	const where = `${method.toUpperCase()} ${PREFIX}${template ?? route} ${status}`;
	if (!key) return { undocumented: where };
	const isJson = /^application\/([\w.-]+\+)?json\b/.test(contentType);
	const schema = responses![key]!.content?.['application/json']?.schema;
	if (!isJson) {
		if (schema && body?.length)
			return { mismatch: `${where}: documented as JSON, answered ${contentType || 'no type'}` };
		return {};
	}
	if (!schema) return { undocumented: `${where} (JSON without a schema)` };
	let data: unknown;
	try {
		data = JSON.parse(body?.toString('utf8') ?? '');
	} catch {
		return { mismatch: `${where}: the body is not JSON` };
	}
	const ref = `openapi.json#/${pointer('paths', template!, m, 'responses', key)}/content/application~1json/schema`;
	let validate = c.compiled.get(ref);
	if (!validate) c.compiled.set(ref, (validate = c.ajv.compile({ $ref: ref })));
	if (validate(data)) return {};
	const problems = c.ajv.errorsText(validate.errors, { separator: '; ', dataVar: 'body' });
	return {
		mismatch: `${where} (${pathname}) does not match its documented schema: ${problems}\n${JSON.stringify(data).slice(0, 500)}`
	};
}

/** What this test saw: undocumented routes, and mismatches found in the browser's responses. */
export const seen = { undocumented: new Set<string>(), mismatches: [] as string[] };
const listed = new Set<string>();

function note(verdict: { mismatch?: string; undocumented?: string } | null) {
	if (verdict?.mismatch) seen.mismatches.push(verdict.mismatch);
	if (!verdict?.undocumented) return;
	seen.undocumented.add(verdict.undocumented);
	if (listed.has(verdict.undocumented)) return;
	listed.add(verdict.undocumented);
	fs.appendFileSync(undocumentedFile(), verdict.undocumented + '\n');
}

async function judgeApiResponse(method: string, response: APIResponse) {
	const body = method === 'HEAD' ? null : await response.body().catch(() => null);
	const verdict = await judge(
		method,
		response.url(),
		response.status(),
		response.headers()['content-type'] ?? '',
		body
	);
	if (verdict?.mismatch) throw new Error(verdict.mismatch);
	note(verdict);
}

const watched = new WeakSet<APIRequestContext>();

/** Check every response `request` receives (get, post… all go through fetch); a mismatch throws there. */
export function checked(request: APIRequestContext): APIRequestContext {
	if (watched.has(request)) return request;
	watched.add(request);
	const fetch = request.fetch.bind(request);
	request.fetch = async (target, options) => {
		const response = await fetch(target, options);
		const asked = typeof target === 'string' ? target : target.url();
		// a redirect followed to another path is a GET there
		const moved = new URL(asked, BASE_URL).pathname !== new URL(response.url()).pathname;
		const method = moved
			? 'GET'
			: (options?.method ?? (typeof target === 'string' ? 'GET' : target.method()));
		await judgeApiResponse(method.toUpperCase(), response);
		return response;
	};
	return request;
}

const pending: Promise<void>[] = [];

/** A response the browser received: judged in the background, settled before the test's verdict. */
export function judgeBrowserResponse(response: Response) {
	if (!new URL(response.url()).pathname.startsWith(`${PREFIX}/`)) return;
	pending.push(
		(async () => {
			const status = response.status();
			const empty = status === 204 || (status >= 300 && status < 400);
			// an event stream's body ends only with the page: its status and type are what can be judged
			const stream = /^text\/event-stream/.test(response.headers()['content-type'] ?? '');
			const body = empty
				? null
				: stream
					? Buffer.alloc(0)
					: await response.body().catch(() => undefined);
			// the page went away before its body could be read: nothing to judge
			if (body === undefined) return;
			note(
				await judge(
					response.request().method(),
					response.url(),
					status,
					(await response.headerValue('content-type').catch(() => null)) ?? '',
					body
				)
			);
		})()
	);
}

/** Wait for the browser's responses still being judged. */
export async function settle() {
	while (pending.length) await Promise.all(pending.splice(0));
}
