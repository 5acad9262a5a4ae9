// The fuzzer's own converter (arbitraries.ts), checked against the document it reads: every body and query it
// calls valid is valid by the document's schema, as ajv reads it. Otherwise "valid" requests would quietly be
// invalid ones, and the paths that store things would go untested. No server needed.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/lib/server/http/openapi.ts';
import type { OpenApiDocument } from '../../src/lib/server/http/openapi-lookup.ts';
import { valid, type Json } from './arbitraries.ts';
import { operationsOf } from './oracle.ts';
import { title } from './requests.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

const operations = operationsOf(openApiDocument('') as unknown as OpenApiDocument);

describe('the fuzzer’s valid values are valid', () => {
	for (const op of operations) {
		const query = op.parameters.filter((p) => p.in === 'query');
		const schemas: [string, Json][] = [
			...(op.body ? [['body', op.body.schema] as [string, Json]] : []),
			...query.map((p): [string, Json] => [`?${p.name}`, p.schema])
		];
		if (!schemas.length) continue;
		it(title(op), () => {
			for (const [part, schema] of schemas) {
				const check = ajv.compile(schema);
				fc.assert(
					fc.property(valid(schema), (value) => {
						// as sent: a file is its name in JSON
						const sent: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
						if (check(sent)) return true;
						throw new Error(`${part}: ${ajv.errorsText(check.errors)} in ${JSON.stringify(sent)}`);
					}),
					{ seed: 13, numRuns: 200 }
				);
			}
			expect(schemas.length).toBeGreaterThan(0);
		});
	}
});
