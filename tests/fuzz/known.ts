// KNOWN: failures the fuzzer finds that are being fixed elsewhere (issue 13), each with the item that fixes it.
// While listed, a failure of that operation, database, kind and status whose request has the entry's trait
// is let through, so the run goes on finding others. Each entry's example is replayed on every run, and the
// suite FAILS as soon as an example no longer fails: then delete the entry (that is how the list empties).
import { BODY_LIMIT_BYTES, type FailureKind } from './oracle.ts';
import type { Input } from './requests.ts';
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

export const KNOWN: Known[] = [];
