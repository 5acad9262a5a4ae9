// The API fuzzer, in the spirit of Schemathesis: for every operation of the served OpenAPI document, requests
// generated from its schemas (valid ones, and ones with something wrong: types, missing fields, huge numbers,
// NUL bytes, long strings, undecodable path segments, bad and oversized bodies), sent as anonymous, with a
// forged cookie, as a customer, an agent and an admin, to the built server on SQLite and on PostgreSQL. Every
// answer must pass oracle.ts; failures listed in known.ts are let through while their examples still fail.
// FUZZ_RUNS requests per operation (default 50), FUZZ_SEED (default 13), FUZZ_DB, FUZZ_OP ("POST /tickets"),
// FUZZ_PATH to replay a counterexample, FUZZ_LIST=1 to list every distinct failure: see src/cli/fuzz.ts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/lib/server/http/openapi.ts';
import type { OpenApiDocument } from '../../src/lib/server/http/openapi-lookup.ts';
import { describe as describeFailure, exchange, type Context } from './exchange.ts';
import { makeFixtures } from './fixtures.ts';
import { covers, KNOWN, OWN_TICKET } from './known.ts';
import { operationsOf, responseChecker } from './oracle.ts';
import { inputs, title, type Input, type Operation } from './requests.ts';
import { startServer, tablesOf, type DatabaseKind } from './server.ts';
import { hangUp } from './wire.ts';

export const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 50;
const seed = process.env.FUZZ_SEED?.trim();
export const SEED = seed && Number.isInteger(Number(seed)) ? Number(seed) : 13;
const ONLY = process.env.FUZZ_DB?.trim();
const PICK = process.env.FUZZ_OP?.trim();
const REPLAY = process.env.FUZZ_PATH?.trim() || undefined;
/** List every distinct failure (one example each) instead of stopping at the first: for triage. */
const LIST = process.env.FUZZ_LIST === '1';

/** The operations, from the document the source generates (the served one must be the same: checked). */
const operations = operationsOf(openApiDocument('') as unknown as OpenApiDocument).filter(
	(op) => !PICK || title(op) === PICK
);

/** A generated input in a line: bytes as their count, long strings cut (a Buffer's own toJSON is no help). */
function shown(input: unknown): string {
	const plain = (value: unknown): unknown => {
		if (value instanceof Uint8Array) return `<${value.length} bytes>`;
		if (typeof value === 'string' && value.length > 120)
			return `${value.slice(0, 60)}…(${value.length} characters)`;
		if (Array.isArray(value)) return value.map(plain);
		if (value && typeof value === 'object' && !('toJSON' in value))
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
		if (value && typeof value === 'object' && 'data' in value)
			return { ...value, data: plain((value as { data: unknown }).data) };
		return value;
	};
	return JSON.stringify(plain(input)).slice(0, 2000);
}

/** Each operation its own stream from the one seed, so operations do not all start alike. */
function seedOf(op: Operation): number {
	let h = SEED;
	for (const c of title(op)) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
	return h;
}

export function fuzz(kind: DatabaseKind) {
	const url = process.env.TEST_DATABASE_URL;
	describe.skipIf((kind === 'postgres' && !url) || (!!ONLY && ONLY !== kind))(
		`API fuzz on ${kind}`,
		() => {
			let ctx: Context;
			let served: Operation[];
			const seen = new Map<string, Map<string, number>>();
			const listed = new Map<string, string>();

			beforeAll(async () => {
				const server = await startServer(kind, url);
				try {
					const doc = (await (
						await fetch(`${server.base}/api/v1/openapi.json`)
					).json()) as OpenApiDocument;
					served = operationsOf(doc);
					ctx = {
						server,
						fixtures: await makeFixtures(server),
						tables: await tablesOf(server.db),
						check: responseChecker(doc)
					};
				} catch (error) {
					await server.stop();
					throw error;
				}
			}, 180_000);

			afterAll(async () => {
				if (!ctx) return;
				hangUp();
				await ctx.server.stop();
				const lines = [...seen].map(
					([op, statuses]) =>
						`  ${op.padEnd(34)} ${[...statuses].map(([s, n]) => `${s}×${n}`).join(' ')}`
				);
				console.log(
					`Answers seen on ${kind} (seed ${SEED}, ${RUNS} runs each):\n${lines.join('\n')}`
				);
				if (LIST)
					console.log(
						`${listed.size} distinct failures on ${kind}:\n\n${[...listed.values()].join('\n\n')}`
					);
			});

			it('fuzzes the document the build serves (a stale build would fuzz yesterday’s API)', () => {
				expect(served.map(title).sort()).toEqual(
					operationsOf(openApiDocument('') as unknown as OpenApiDocument)
						.map(title)
						.sort()
				);
			});

			for (const op of operations) {
				it(title(op), async () => {
					const operation = served.find((o) => title(o) === title(op));
					if (!operation) throw new Error(`${title(op)} is not in the served document: rebuild`);
					const statuses = seen.set(title(op), new Map()).get(title(op))!;
					let last = '';
					const property = fc.asyncProperty(
						inputs(operation, ctx.fixtures.hints, ctx.fixtures.pathHints),
						async (input: Input) => {
							const outcome = await exchange(ctx, operation, input).catch((error: Error) => {
								last = `the fuzzer itself failed: ${error.stack}`;
								throw error;
							});
							const status = String(outcome.sent.status);
							statuses.set(status, (statuses.get(status) ?? 0) + 1);
							const { failure } = outcome;
							if (!failure) return true;
							const known = KNOWN.find((k) => covers(k, title(op), kind, failure, outcome.sent));
							if (LIST) {
								const key = `${title(op)} ${failure.kind} ${status} ${known?.what ?? failure.detail.replace(/\d+/g, 'N').slice(0, 60)}`;
								if (!listed.has(key))
									listed.set(
										key,
										`${known ? `[KNOWN: ${known.item}] ` : ''}${describeFailure(operation, input, outcome, kind)}`
									);
								return true;
							}
							if (known) return true;
							last = describeFailure(operation, input, outcome, kind);
							return false;
						}
					);
					const details = await fc.check(property, {
						seed: seedOf(op),
						numRuns: RUNS,
						path: REPLAY,
						endOnFailure: !!REPLAY
					});
					if (details.failed)
						expect.fail(
							[
								`${title(op)} on ${kind}: ${details.numRuns} requests, shrunk ${details.numShrinks} times to`,
								last,
								`  replay: npm run fuzz -- --db ${kind} --op "${title(op)}" --seed ${SEED} --path ${details.counterexamplePath}`,
								`  generated input: ${shown(details.counterexample?.[0])}`
							].join('\n')
						);
					expect(details.numRuns).toBeGreaterThan(0);
				});
			}

			for (const known of KNOWN.filter((k) => k.databases.includes(kind))) {
				const { operation, input } = known.example;
				it(`KNOWN still fails (${known.item}): ${known.what}`, async () => {
					const op = served.find((o) => title(o) === operation);
					expect(op, `${operation} is in the document`).toBeDefined();
					const own = ctx.fixtures.pathHints.ref![0]!;
					const path = Object.fromEntries(
						Object.entries(input.path).map(([k, v]) => [k, v === OWN_TICKET ? own : v])
					);
					const outcome = await exchange(ctx, op!, { ...input, path });
					const { failure, sent } = outcome;
					expect(
						failure && covers(known, operation, kind, failure, sent),
						`This KNOWN entry no longer fails as listed: remove it from tests/fuzz/known.ts.\n${sent.status} ${failure ? describeFailure(op!, input, outcome, kind) : 'passes'}`
					).toBe(true);
				});
			}
		}
	);
}
