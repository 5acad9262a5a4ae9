// The browser's side of live updates (issue 18): one EventSource per tab on /api/v1/events, shared by the pages
// that listen, kept across the workspace's navigations and closed a while after the last page stops listening.
// The browser reconnects by itself after a drop, sending the last event's id, and the server replays what was
// missed or says "reset" (load everything again). Pages work without it: a reload shows the same.
import { invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';

export interface TicketEvent {
	ref: string;
	kind: string;
}

export interface PresenceEvent {
	ref: string;
	user: string;
	name: string;
	state: 'viewing' | 'typing' | 'left';
}

export interface LiveHandlers {
	ticket?: (event: TicketEvent) => void;
	presence?: (event: PresenceEvent) => void;
	/** What was missed cannot be replayed, or the connection came back: load the data again. */
	reset?: () => void;
}

const handlers = new Set<LiveHandlers>();
let source: EventSource | null = null;
let closing: ReturnType<typeof setTimeout> | undefined;

const parse = <T>(event: MessageEvent): T | null => {
	try {
		return JSON.parse(event.data as string) as T;
	} catch {
		return null;
	}
};

function connect(since: string | undefined) {
	const url = `/api/v1/events${since ? `?since=${encodeURIComponent(since)}` : ''}`;
	source = new EventSource(url);
	source.addEventListener('ticket', (event) => {
		const data = parse<TicketEvent>(event);
		if (data) for (const h of handlers) h.ticket?.(data);
	});
	source.addEventListener('presence', (event) => {
		const data = parse<PresenceEvent>(event);
		if (data) for (const h of handlers) h.presence?.(data);
	});
	source.addEventListener('reset', () => {
		for (const h of handlers) h.reset?.();
	});
	// the session ended (a logout, here or elsewhere): no reconnecting, which the server would refuse
	source.addEventListener('end', () => {
		source?.close();
		source = null;
	});
	source.addEventListener('error', () => {
		// signed out, or the server refused: the browser gives up (CLOSED); the page still works on reloads
		if (source?.readyState === EventSource.CLOSED) source = null;
	});
}

/**
 * Listen while a page is shown. `since`: the cursor the page's data was loaded at, so that what changed between
 * the load and the stream's start is not missed (a stream already open has heard it).
 */
export function listen(h: LiveHandlers, since?: string): () => void {
	if (typeof EventSource === 'undefined') return () => {};
	clearTimeout(closing);
	handlers.add(h);
	if (!source) connect(since);
	return () => {
		handlers.delete(h);
		if (handlers.size) return;
		// the next page of the workspace usually listens too: keep the stream for it
		closing = setTimeout(() => {
			if (handlers.size) return;
			source?.close();
			source = null;
		}, 5_000);
	};
}

/**
 * Run `load` (after `wait` ms, gathering what else comes in that time), and again once after it if asked
 * meanwhile: a burst of events costs two loads, not one each.
 */
export function coalesced(load: () => Promise<unknown>, wait = 0): () => void {
	let running = false;
	let again = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			do {
				again = false;
				await load();
			} while (again);
		} finally {
			running = false;
		}
	};
	return () => {
		if (!wait) return void run();
		timer ??= setTimeout(() => {
			timer = undefined;
			void run();
		}, wait);
	};
}

/**
 * The page's data loaded again, unless the reader is on the way to another page (or to this one with other
 * filters): SvelteKit's invalidation would cancel that navigation, and the page it loads is fresh anyway.
 */
export function reloadPageData(): Promise<void> {
	return navigating.to ? Promise.resolve() : invalidateAll();
}
