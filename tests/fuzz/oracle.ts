// What every answer must be, whatever was asked: an answer (the server still alive), not a 5xx, 413 for a body
// over BODY_SIZE_LIMIT (the README's promise), a status the operation documents, a JSON body valid against the
// schema documented for that status, and after a refusal (4xx) not one row more or less in any table, the
// rate-limit counters aside (counting a refused attempt is their job).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { inline, type OpenApiDocument } from '../../src/lib/server/http/openapi-lookup.ts';
import type { Json } from './arbitraries.ts';
import type { Operation } from './requests.ts';
import type { Exchange } from './wire.ts';

/** Tables a refused request may write: the attempt counters. */
export const WRITTEN_ON_REFUSAL = new Set(['rate_limits']);

/** The whole-body limit the fuzzer's server runs with (BODY_SIZE_LIMIT, as `npm run serve` sets it). */
export const BODY_LIMIT = '52M';
export const BODY_LIMIT_BYTES = 52 * 1024 * 1024;
/** Refusals a server rightly gives before it reads a body: who asks, and whether the thing is there. */
const BEFORE_THE_BODY = [401, 403, 404, 410, 429];

/**
 * crash: the server died of the request; no-answer: the connection closed without one (both status 0);
 * wrong-status: against a rule of the README.
 */
export type FailureKind =
	| 'crash'
	| 'no-answer'
	| 'wrong-status'
	| 'server-error'
	| 'undocumented-status'
	| 'schema-mismatch'
	| 'half-stored';

export interface Failure {
	kind: FailureKind;
	status: number;
	detail: string;
}

/** Every operation of the document, its request schema resolved. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
	const schemas = doc.components?.schemas ?? {};
	return Object.entries(doc.paths).flatMap(([template, methods]) =>
		Object.entries(methods).map(([method, op]) => {
			const content = (op.requestBody as { content?: Record<string, { schema: Json }> } | undefined)
				?.content;
			const types = Object.keys(content ?? {});
			return {
				method,
				template,
				parameters: (inline(op.parameters ?? [], schemas) as Operation['parameters']) ?? [],
				body: types.length
					? { types, schema: inline(content![types[0]!]!.schema, schemas) as Json }
					: undefined,
				statuses: Object.keys(op.responses as Json)
			};
		})
	);
}

export function responseChecker(doc: OpenApiDocument) {
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats.default(ajv);
	const compiled = new Map<string, ValidateFunction | null>();
	const schemas = doc.components?.schemas ?? {};
	const schemaOf = (op: Operation, status: string) => {
		const key = `${op.method} ${op.template} ${status}`;
		if (!compiled.has(key)) {
			const responses = doc.paths[op.template]![op.method]!.responses as Record<string, Json>;
			const content = responses[status]?.content as Record<string, { schema: Json }> | undefined;
			const schema = content?.['application/json']?.schema;
			compiled.set(key, schema ? ajv.compile(inline(schema, schemas) as Json) : null);
		}
		return compiled.get(key)!;
	};

	/** The first thing wrong with an answer, or null. */
	return function check(op: Operation, answer: Exchange): Failure | null {
		const { status } = answer;
		const fail = (kind: FailureKind, detail: string): Failure => ({ kind, status, detail });
		if (status >= 500) return fail('server-error', `answered ${status}`);
		const over = (answer.body?.length ?? 0) > BODY_LIMIT_BYTES;
		if (over && status !== 413 && !BEFORE_THE_BODY.includes(status))
			return fail(
				'wrong-status',
				`a body of ${answer.body!.length} bytes, over BODY_SIZE_LIMIT, answered ${status}: the README promises 413`
			);
		if (!op.statuses.includes(String(status)))
			return fail(
				'undocumented-status',
				`answered ${status}, documented: ${op.statuses.join(', ')}`
			);
		const validate = schemaOf(op, String(status));
		if (!validate) return null;
		if (!/^application\/([\w.-]+\+)?json\b/.test(answer.responseType))
			return fail(
				'schema-mismatch',
				`documented as JSON, answered ${answer.responseType || 'no Content-Type'}`
			);
		let data: unknown;
		try {
			data = JSON.parse(answer.response.toString('utf8'));
		} catch {
			return fail('schema-mismatch', 'the body is not JSON');
		}
		if (validate(data)) return null;
		return fail(
			'schema-mismatch',
			`the body does not match its documented schema: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`
		);
	};
}

/** Tables whose row count differs (refusals' own counters aside). */
export function countChanges(before: Record<string, number>, after: Record<string, number>) {
	return Object.keys({ ...before, ...after })
		.filter((t) => !WRITTEN_ON_REFUSAL.has(t) && before[t] !== after[t])
		.map((t) => `${t} ${before[t] ?? 0} → ${after[t] ?? 0}`);
}
