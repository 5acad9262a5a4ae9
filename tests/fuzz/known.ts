// KNOWN: failures the fuzzer finds that are being fixed elsewhere (issue 13), each with the item that fixes it.
// While listed, a failure of that operation, database, kind and status whose request has the entry's trait
// is let through, so the run goes on finding others. Each entry's example is replayed on every run, and the
// suite FAILS as soon as an example no longer fails: then delete the entry (that is how the list empties).
import { BODY_LIMIT_BYTES, type FailureKind } from './oracle.ts';
import { OVERSIZED, Raw, type Input } from './requests.ts';
import type { Exchange } from './wire.ts';
import type { DatabaseKind } from './server.ts';

export interface Known {
	/** the issue item that fixes it */
	item: string;
	/** what goes wrong, in a few words */
	what: string;
	/** METHOD /template as the document has it, or every operation */
	operations: string[] | 'all';
	databases: DatabaseKind[];
	kinds: FailureKind[];
	statuses: number[];
	/** the trait of the requests it is about */
	when: (sent: Exchange) => boolean;
	/** one request that shows it, replayed on every run */
	example: { operation: string; input: Input };
}

/** Whether `known` covers this failure of `operation` on `database`. */
export function covers(
	known: Known,
	operation: string,
	database: DatabaseKind,
	failure: { kind: FailureKind; status: number },
	sent: Exchange
): boolean {
	return (
		(known.operations === 'all' || known.operations.includes(operation)) &&
		known.databases.includes(database) &&
		known.kinds.includes(failure.kind) &&
		known.statuses.includes(failure.status) &&
		known.when(sent)
	);
}

/** A NUL anywhere: in the path or query (%00), the cookie, or the body (raw, escaped in JSON or in a form). */
export const hasNul = (sent: Exchange) =>
	/%00/.test(sent.url) ||
	/%00/.test(sent.headers.cookie ?? '') ||
	(!!sent.body &&
		(sent.body.includes(0) || sent.body.includes('\\u0000') || sent.body.includes('%00')));

/** A path SvelteKit cannot decode (an escape that is no UTF-8, a lone %). */
export const malformedPath = (sent: Exchange) => {
	try {
		decodeURI(sent.url.split('?')[0]!);
		return false;
	} catch {
		return true;
	}
};

/** A number no column holds: ten digits or more, or an exponent of two digits. */
export const hugeNumber = (sent: Exchange) =>
	/(^|[^\d.])(\d{10,}|\d+(\.\d+)?e\+?\d{2,})/i.test(sent.body?.toString('latin1') ?? '');

/** A body over the server's whole-body limit. */
export const oversized = (sent: Exchange) => (sent.body?.length ?? 0) > BODY_LIMIT_BYTES;

/** In an example's path: the customer's own ticket (its ref differs from run to run). */
export const OWN_TICKET = '<own ticket>';

/** A request as an anonymous API client sends it, with nothing in it. */
const anonymous: Input = {
	role: 'anonymous',
	path: {},
	query: [],
	acceptLanguage: 'en',
	accept: 'application/json'
};

export const KNOWN: Known[] = [
	{
		item: 'issue 13 item 2',
		what: 'a NUL byte anywhere is a 500 on PostgreSQL',
		operations: 'all',
		databases: ['postgres'],
		kinds: ['server-error'],
		statuses: [500],
		when: hasNul,
		example: { operation: 'GET /me', input: { ...anonymous, role: 'forged', cookie: '\0.x' } }
	},
	{
		item: 'issue 13 item 2',
		what: 'a path SvelteKit cannot decode (%ff, %) gets its HTML 400, undocumented',
		operations: 'all',
		databases: ['sqlite', 'postgres'],
		kinds: ['undocumented-status', 'schema-mismatch'],
		statuses: [400],
		when: malformedPath,
		example: {
			operation: 'GET /tickets/{ref}',
			input: { ...anonymous, path: { ref: new Raw('%ff') } }
		}
	},
	{
		item: 'issue 13 item 2',
		what: 'a hook that throws (the NUL cookie on PostgreSQL) on an undecodable path kills the server',
		operations: 'all',
		databases: ['postgres'],
		kinds: ['crash'],
		statuses: [0],
		when: (sent) => hasNul(sent) && malformedPath(sent),
		example: {
			operation: 'GET /tickets/{ref}',
			input: { ...anonymous, role: 'forged', cookie: '\0.x', path: { ref: new Raw('%ff') } }
		}
	},
	{
		item: 'issue 13 item 3',
		what: 'an out-of-range version is a 500 on PostgreSQL',
		operations: ['PATCH /tickets/{ref}', 'POST /tickets/{ref}/replies'],
		databases: ['postgres'],
		kinds: ['server-error'],
		statuses: [500],
		when: hugeNumber,
		example: {
			operation: 'PATCH /tickets/{ref}',
			input: {
				...anonymous,
				role: 'agent',
				path: { ref: OWN_TICKET },
				body: {
					kind: 'value',
					type: 'application/json',
					value: { version: 99999999999, status: 'open' }
				}
			}
		}
	},
	{
		item: 'issue 13 item 6',
		what: 'a body over BODY_SIZE_LIMIT is not answered 413',
		operations: 'all',
		databases: ['sqlite', 'postgres'],
		kinds: ['wrong-status'],
		statuses: [400],
		when: oversized,
		example: {
			operation: 'POST /tickets',
			input: {
				...anonymous,
				role: 'customer',
				body: {
					kind: 'raw',
					type: 'multipart/form-data; boundary=x',
					bytes: OVERSIZED
				}
			}
		}
	}
];
