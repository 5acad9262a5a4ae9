// Optional customer context from an outside shop system (CUSTOMER_CONTEXT_URL), shown in the agent's
// customer panel. The shop is not ours: it may be slow, down or answer nonsense, so every way this can go
// wrong ends in a plain { status: 'unavailable' } and never in a thrown error or a page waiting on it.
import { settings } from '../env';

export interface ContextOrder {
	id: string;
	date: string | null;
	status: string | null;
	total: string | null;
	url: string | null;
}

export interface CustomerContextData {
	orders: ContextOrder[];
	facts: { label: string; value: string }[];
}

export type CustomerContext =
	| { status: 'off' }
	| { status: 'ok'; data: CustomerContextData }
	| { status: 'unavailable'; reason: 'timeout' | 'error' | 'invalid' };

export interface ContextOptions {
	url?: string;
	timeoutMs?: number;
	fetch?: typeof fetch;
	now?: () => number;
}

export const CONTEXT_LIMITS = {
	timeoutMs: 1500,
	bodyBytes: 256 * 1024,
	orders: 20,
	facts: 20,
	text: 200,
	cacheMs: 60_000,
	cacheEntries: 500
} as const;

/** Thrown inside this module only, to end a request as 'invalid' from deep in the body reading. */
class InvalidAnswer extends Error {}

// Keyed by provider URL, customer id and email: a changed setting or e-mail address is never answered from
// an old entry. Map keeps insertion order, so the first key is always the oldest entry to drop.
const cache = new Map<string, { at: number; data: CustomerContextData }>();

/** Empties the cache, so tests do not see each other's answers. */
export function clearCustomerContextCache(): void {
	cache.clear();
}

/** Asks the provider: GET `${url}?email=<email>&customer=<id>` with Accept: application/json. */
export async function fetchCustomerContext(
	customer: { id: string; email: string | null },
	options: ContextOptions = {}
): Promise<CustomerContext> {
	const base = (options.url ?? settings.customerContextUrl()).trim();
	if (!base) return { status: 'off' };
	const now = options.now ?? Date.now;
	const key = JSON.stringify([base, customer.id, customer.email]);
	const hit = cache.get(key);
	if (hit && now() - hit.at < CONTEXT_LIMITS.cacheMs) return { status: 'ok', data: hit.data };
	if (hit) cache.delete(key);

	let target: URL;
	try {
		target = new URL(base);
	} catch {
		return { status: 'unavailable', reason: 'error' };
	}
	if (target.protocol !== 'http:' && target.protocol !== 'https:') {
		return { status: 'unavailable', reason: 'error' };
	}
	if (customer.email) target.searchParams.set('email', customer.email);
	target.searchParams.set('customer', customer.id);

	const signal = AbortSignal.timeout(options.timeoutMs ?? CONTEXT_LIMITS.timeoutMs);
	// The race makes the deadline hold even for a fetch (or a body stream) that ignores the signal.
	let stopWaiting = () => {};
	const deadline = new Promise<never>((_, reject) => {
		const onAbort = () => reject(signal.reason);
		signal.addEventListener('abort', onAbort, { once: true });
		stopWaiting = () => signal.removeEventListener('abort', onAbort);
	});
	try {
		const body = await Promise.race([request(target, signal, options.fetch ?? fetch), deadline]);
		const data = normalise(body);
		cache.set(key, { at: now(), data });
		while (cache.size > CONTEXT_LIMITS.cacheEntries) {
			const oldest = cache.keys().next().value;
			if (oldest === undefined) break;
			cache.delete(oldest);
		}
		return { status: 'ok', data };
	} catch (error) {
		if (signal.aborted) return { status: 'unavailable', reason: 'timeout' };
		if (error instanceof InvalidAnswer) return { status: 'unavailable', reason: 'invalid' };
		return { status: 'unavailable', reason: 'error' };
	} finally {
		stopWaiting();
	}
}

/** The parsed JSON object the provider answered; InvalidAnswer for anything that is not one. */
async function request(target: URL, signal: AbortSignal, fetcher: typeof fetch): Promise<object> {
	const response = await fetcher(target, {
		headers: { accept: 'application/json' },
		signal
	});
	if (!response.ok) {
		await response.body?.cancel().catch(() => {});
		throw new Error(`HTTP ${response.status}`);
	}
	const text = await readLimited(response, CONTEXT_LIMITS.bodyBytes);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new InvalidAnswer('not JSON');
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new InvalidAnswer('not an object');
	}
	return value;
}

/** The body as text, read no further than the limit: a huge answer must not fill the server's memory. */
async function readLimited(response: Response, limit: number): Promise<string> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > limit) {
		await response.body?.cancel().catch(() => {});
		throw new InvalidAnswer('too large');
	}
	if (!response.body) return '';
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel().catch(() => {});
			throw new InvalidAnswer('too large');
		}
		chunks.push(value);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
	} catch {
		throw new InvalidAnswer('not UTF-8');
	}
}

/** Shop systems name things differently; take what is recognisable and drop the rest. */
function normalise(body: object): CustomerContextData {
	const record = body as Record<string, unknown>;
	const orders: ContextOrder[] = [];
	if (Array.isArray(record.orders)) {
		for (const item of record.orders) {
			if (orders.length >= CONTEXT_LIMITS.orders) break;
			const order = toOrder(item);
			// the page lists orders by id: a shop system that repeats one must not break it
			if (order && !orders.some((o) => o.id === order.id)) orders.push(order);
		}
	}
	const facts: { label: string; value: string }[] = [];
	for (const [label, value] of Object.entries(record)) {
		if (facts.length >= CONTEXT_LIMITS.facts) break;
		if (label === 'orders') continue;
		const text = scalar(value);
		const name = plain(label);
		if (text !== null && name && !facts.some((f) => f.label === name))
			facts.push({ label: name, value: text });
	}
	return { orders, facts };
}

function toOrder(item: unknown): ContextOrder | null {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
	const o = item as Record<string, unknown>;
	const id = scalar(o.id) ?? scalar(o.number);
	if (!id) return null;
	return {
		id,
		date: scalar(o.date) ?? scalar(o.created_at),
		status: scalar(o.status),
		total: total(o.total, o.currency),
		url: webUrl(o.url)
	};
}

/** "249.00 NOK" from 249 / "249.00" and "NOK", also from { amount, currency }. */
function total(value: unknown, currency: unknown): string | null {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const v = value as Record<string, unknown>;
		return total(v.amount ?? v.value, v.currency ?? currency);
	}
	const amount = typeof value === 'number' ? value.toFixed(2) : scalar(value);
	if (amount === null) return null;
	const code = typeof currency === 'string' ? plain(currency) : '';
	return plain(code ? `${amount} ${code}` : amount) || null;
}

/** Only links an agent can safely open: javascript:, data: and the like become null. */
function webUrl(value: unknown): string | null {
	if (typeof value !== 'string' || value.length > 2048) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** A string, number or boolean as short plain text; null for anything else or nothing. */
function scalar(value: unknown): string | null {
	if (typeof value === 'number' && !Number.isFinite(value)) return null;
	if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
		return null;
	}
	return plain(String(value)) || null;
}

/** Control characters out, whitespace folded, cut to the text limit. */
function plain(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, CONTEXT_LIMITS.text)
	);
}
