// Sending one generated request as its role, and judging the answer (oracle.ts), with the row counts of every
// table taken around it; and the words a developer needs to replay a failure.
import { Live } from './arbitraries.ts';
import { freshSession, ticketOf, type Fixtures } from './fixtures.ts';
import { countChanges, type Failure, type responseChecker } from './oracle.ts';
import { encode, percent, target, type Input, type Operation } from './requests.ts';
import { rowCounts, type Running } from './server.ts';
import { send, type Exchange } from './wire.ts';

export interface Context {
	server: Running;
	fixtures: Fixtures;
	tables: string[];
	check: ReturnType<typeof responseChecker>;
}

export interface Outcome {
	sent: Exchange;
	failure: Failure | null;
	/** what the server wrote to its console meanwhile (a 500's stack) */
	log: string;
}

/** Replace every Live value with what it names now (a ticket's version, from the database). */
async function resolve(value: unknown, ctx: Context, input: Input): Promise<unknown> {
	if (value instanceof Live) {
		const ref = typeof input.path.ref === 'string' ? input.path.ref : '';
		// a ref PostgreSQL cannot even look up (NUL) names no ticket
		const ticket = await ticketOf(ctx.server.db, ref).catch(() => undefined);
		return ticket?.version ?? 1;
	}
	if (Array.isArray(value)) return Promise.all(value.map((x) => resolve(x, ctx, input)));
	if (value && Object.getPrototypeOf(value) === Object.prototype)
		return Object.fromEntries(
			await Promise.all(
				Object.entries(value).map(async ([k, x]) => [k, await resolve(x, ctx, input)])
			)
		);
	return value;
}

async function cookieOf(ctx: Context, op: Operation, input: Input): Promise<string | undefined> {
	if (input.role === 'anonymous') return undefined;
	if (input.role === 'forged') return percent(input.cookie ?? 'a.b');
	const person = ctx.fixtures.people[input.role];
	// logging out ends a session: a new one each time, so the run's own stays
	return op.template === '/auth/logout'
		? await freshSession(ctx.server.db, person.id)
		: person.token;
}

export async function exchange(ctx: Context, op: Operation, input: Input): Promise<Outcome> {
	const body = input.body
		? await encode(
				input.body.kind === 'value'
					? { ...input.body, value: await resolve(input.body.value, ctx, input) }
					: input.body
			)
		: undefined;
	const cookie = await cookieOf(ctx, op, input);
	const request = {
		method: op.method.toUpperCase(),
		url: target(op, input),
		headers: {
			origin: ctx.server.base,
			accept: input.accept,
			...(input.acceptLanguage ? { 'accept-language': input.acceptLanguage } : {}),
			...(body?.type ? { 'content-type': body.type } : {}),
			...(cookie ? { cookie: `svar_session=${cookie}` } : {})
		},
		body: body?.bytes
	};
	const before = await rowCounts(ctx.server.db, ctx.tables);
	const logged = ctx.server.log().length;
	const sent = await send(
		ctx.server.base,
		request.method,
		request.url,
		request.headers,
		request.body
	);
	if (sent.status === 0) {
		// no answer: did the server die of it? Then it is started again for the next request
		await new Promise((r) => setTimeout(r, 300));
		const how = ctx.server.ended();
		const log = ctx.server.log().slice(logged);
		if (how) await ctx.server.restart();
		const detail = `no answer (${sent.response.toString()})${how ? `: the server ${how}` : ''}`;
		return { sent, log, failure: { kind: how ? 'crash' : 'no-answer', status: 0, detail } };
	}
	let failure = ctx.check(op, sent);
	if (!failure && sent.status >= 400) {
		const changed = countChanges(before, await rowCounts(ctx.server.db, ctx.tables));
		if (changed.length)
			failure = {
				kind: 'half-stored',
				status: sent.status,
				detail: `refused, yet rows changed: ${changed.join(', ')}`
			};
	}
	return { sent, failure, log: ctx.server.log().slice(logged) };
}

/** Bytes as readable text: long runs of one character folded, the whole cut at `max` characters. */
export function preview(bytes: Buffer | undefined, max = 600): string {
	if (!bytes?.length) return '(empty)';
	const text = bytes.subarray(0, 4 * max).toString('utf8');
	const shown = JSON.stringify(text)
		.slice(1, -1)
		.replace(/(.)\1{23,}/gsu, (run, c: string) => `${c}…(${[...run].length}×)`);
	const cut = bytes.length > 4 * max || shown.length > max;
	return `${shown.slice(0, max)}${cut ? `… (${bytes.length} bytes in all)` : ''}${text.includes('\ufffd') ? ' (not valid UTF-8)' : ''}`;
}

/** A failure as a developer replays it: the request on the wire, the answer, what the server logged. */
export function describe(op: Operation, input: Input, outcome: Outcome, kind: string): string {
	const { sent, failure } = outcome;
	const headers = Object.entries(sent.headers)
		.filter(([k]) => k !== 'origin')
		.map(([k, v]) => `    ${k}: ${v.length > 200 ? `${v.slice(0, 200)}…` : v}`)
		.join('\n');
	const cookie = input.role === 'forged' || input.role === 'anonymous' ? '' : ` (a live session)`;
	return [
		`${failure!.kind} on ${kind}: ${failure!.detail}`,
		`  operation: ${op.method.toUpperCase()} ${op.template}, as ${input.role}${cookie}`,
		`  request:   ${sent.method} ${preview(Buffer.from(sent.url), 400)}`,
		headers,
		`    body: ${preview(sent.body)}`,
		`  answer:    ${sent.status} ${sent.responseType} ${preview(sent.response, 400)}`,
		...(outcome.log.trim() ? [`  server log:\n${outcome.log.trim().slice(0, 2000)}`] : [])
	].join('\n');
}
