// Live updates (issue 18): what happened to which ticket, told to every app server and from there to the open
// event streams (stream.ts). In-process alone on SQLite (one server); between servers through Redis pub/sub when
// REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY when DATABASE_URL is. A message names a ticket and what kind of
// change it was, never its content: a page that hears of it loads what its reader may see, as on a reload.
//
// Each server numbers the ticket messages it hears, in the order it hears them, and keeps the last RING of them,
// so a stream that reconnects (Last-Event-ID) gets what it missed. A cursor from another server, from before a
// restart or from too long ago cannot be resumed: the stream is told to reset (reload its data).
import { randomBytes } from 'node:crypto';
import { postgresChannel, redisChannel, type Channel } from '../db/live-channel';
import { readEnv, settings } from '../env';

export type TicketKind =
	'created' | 'reply' | 'note' | 'customer_reply' | 'status' | 'update' | 'callback';

export type LiveMessage =
	/** A ticket changed. `owner` is its customer; `staffOnly` keeps internal changes from them. */
	| { type: 'ticket'; ref: string; owner: string; kind: TicketKind; staffOnly: boolean }
	/** A colleague has a ticket open, is typing a reply, or left it (presence.ts). */
	| { type: 'presence'; ref: string; user: string; name: string; state: PresenceState }
	/** Sessions ended: one (`session`, hashed), or all of a user's but `keep` (hashed). */
	| { type: 'end'; session?: string; user?: string; keep?: string }
	/** This server missed messages (its channel dropped): every stream reloads its data. Never published. */
	| { type: 'reset' };

export type PresenceState = 'viewing' | 'typing' | 'left';

/** What a listener hears: the message, and for ticket messages its number on this server. */
export type Listener = (message: LiveMessage, seq: number | null) => void;

const RING = 1_000;
/** This server's name in cursors: a cursor from another server (or this one before a restart) is not resumable. */
const instance = randomBytes(4).toString('hex');
let seq = 0;
const ring: { seq: number; message: LiveMessage }[] = [];
const listeners = new Set<Listener>();

let channel: Promise<Channel | undefined> | undefined;

/** Where this server hears the others: chosen once from the environment; undefined on one server alone. */
function openChannel(): Promise<Channel | undefined> {
	channel ??= (async () => {
		if (settings.serverless()) return undefined;
		const env = readEnv();
		const redis = settings.redisUrl();
		const handlers = { message: receive, gap: () => deliver({ type: 'reset' }) };
		try {
			if (redis) return await redisChannel(redis, env.databaseSchema, handlers);
			if (env.databaseUrl)
				return await postgresChannel(env.databaseUrl, env.databaseSchema, handlers);
		} catch (error) {
			console.error('live updates between servers:', (error as Error).message);
			channel = undefined;
		}
		return undefined;
	})();
	return channel;
}

/** Start listening to the other servers (at start, so a stream opened on this one hears what they publish). */
export function startLive(): Promise<unknown> {
	return openChannel();
}

function receive(text: string) {
	try {
		const { from, message } = JSON.parse(text) as { from: string; message: LiveMessage };
		// this server's own: already delivered when published
		if (from !== instance) deliver(message);
	} catch {
		// not ours
	}
}

/** Hand a message to every stream on this server. */
function deliver(message: LiveMessage) {
	let number: number | null = null;
	if (message.type === 'reset') {
		// no cursor from before the gap can be resumed
		ring.length = 0;
		seq++;
	} else if (message.type === 'ticket') {
		number = ++seq;
		ring.push({ seq: number, message });
		if (ring.length > RING) ring.shift();
	}
	for (const l of listeners) {
		try {
			l(message, number);
		} catch (error) {
			console.error('live listener:', error);
		}
	}
}

/**
 * Tell this server's streams at once and the other servers through the channel. Never fails or holds up the
 * change that raised it: the channel is not waited for, and a message it cannot take is logged (pages show the
 * change on their next load).
 */
export function publish(message: LiveMessage): void {
	deliver(message);
	void openChannel()
		.then((wire) => wire?.send(JSON.stringify({ from: instance, message })))
		.catch((error: unknown) => console.error('live publish:', (error as Error).message));
}

/** What customers never hear of: internal notes, call-backs and changes that leave the status as it was. */
const STAFF_ONLY: readonly TicketKind[] = ['note', 'callback', 'update'];

/** A ticket changed (after the change is stored): tell whoever may see it. */
export function ticketChanged(ticket: { ref: string; user_id: string }, kind: TicketKind): void {
	publish({
		type: 'ticket',
		ref: ticket.ref,
		owner: ticket.user_id,
		kind,
		staffOnly: STAFF_ONLY.includes(kind)
	});
}

export function subscribe(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Where a stream opened now starts: this server's name and the number of the last message it heard. */
export function cursor(): string {
	return `${instance}.${seq}`;
}

/** The numbered ticket messages after a cursor, or null when it cannot be resumed here (reset instead). */
export function since(from: string): { seq: number; message: LiveMessage }[] | null {
	const [name, number] = from.split('.');
	const after = Number(number);
	if (name !== instance || !Number.isInteger(after) || after > seq) return null;
	if (after === seq) return [];
	const first = ring[0]?.seq ?? seq + 1;
	if (after < first - 1) return null;
	return ring.filter((entry) => entry.seq > after);
}

/** The cursor of a numbered message. */
export const cursorOf = (n: number) => `${instance}.${n}`;
