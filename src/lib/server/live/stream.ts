// One reader's event stream (GET /api/v1/events): the ticket messages of bus.ts they may see, as Server-Sent
// Events. Agents and admins hear of every ticket and of their colleagues' presence; a customer only of their own
// tickets, and not of internal notes or call-backs. The stream ends when its session does (a logout on any
// server, or the session found gone when it is checked again), and says nothing but a comment every HEARTBEAT_MS
// so proxies keep it open.
import { createHash } from 'node:crypto';
import type { SessionUser } from '../db/sessions';
import { findSessionWithUser } from '../db/sessions';
import type { DB } from '../db';
import { canSee } from '../db/ticket-access';
import { cursorOf, since, subscribe, type LiveMessage } from './bus';

export const HEARTBEAT_MS = 20_000;
/** The session is looked up again after this many heartbeats (about five minutes). */
const CHECK_EVERY = 15;
/** How long a browser waits before reconnecting after a drop. */
const RETRY_MS = 2_000;

/** A session's name on the wire between servers: not the id itself. */
export const sessionTag = (id: string) =>
	createHash('sha256').update(id).digest('hex').slice(0, 24);

const isStaff = (user: Pick<SessionUser, 'role'>) => user.role !== 'customer';

/** Whether `user` (signed in with session `tag`) hears this message, and whether it ends their stream. */
export function verdict(
	user: Pick<SessionUser, 'id' | 'role'>,
	tag: string,
	message: LiveMessage
): 'send' | 'skip' | 'end' {
	switch (message.type) {
		case 'ticket':
			if (message.staffOnly && !isStaff(user)) return 'skip';
			return canSee(user, { user_id: message.owner }) ? 'send' : 'skip';
		case 'presence':
			return isStaff(user) && message.user !== user.id ? 'send' : 'skip';
		case 'end':
			if (message.session === tag) return 'end';
			return message.user === user.id && message.keep !== tag ? 'end' : 'skip';
		case 'reset':
			return 'send';
	}
}

/** The text of one event: what the browser's EventSource reads. */
export function frame(message: LiveMessage, id: string | null): string {
	const head = id ? `id: ${id}\n` : '';
	switch (message.type) {
		case 'ticket':
			return `${head}event: ticket\ndata: ${JSON.stringify({ ref: message.ref, kind: message.kind })}\n\n`;
		case 'presence': {
			const { ref, user, name, state } = message;
			return `event: presence\ndata: ${JSON.stringify({ ref, user, name, state })}\n\n`;
		}
		default:
			return `${head}event: reset\ndata: {}\n\n`;
	}
}

export interface StreamOptions {
	db: DB;
	user: SessionUser;
	session: { id: string; expiresAt: number };
	/** Last-Event-ID (or ?since= on a first connection): where to resume. */
	resume: string | null;
	now: () => number;
}

/** The response that carries the stream. */
export function eventStream({ db, user, session, resume, now }: StreamOptions): Response {
	const tag = sessionTag(session.id);
	const encoder = new TextEncoder();
	let stop = () => {};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => controller.enqueue(encoder.encode(text));
			const end = () => {
				stop();
				try {
					// the page stops here: a reconnection would only be refused
					send('event: end\ndata: {}\n\n');
					controller.close();
				} catch {
					// already closed
				}
			};
			send(`retry: ${RETRY_MS}\n\n`);
			if (resume) {
				const missed = since(resume);
				if (missed === null) send(frame({ type: 'reset' }, null));
				else
					for (const { seq, message } of missed)
						if (verdict(user, tag, message) === 'send') send(frame(message, cursorOf(seq)));
			}
			const unsubscribe = subscribe((message, seq) => {
				const v = verdict(user, tag, message);
				if (v === 'end') end();
				else if (v === 'send') send(frame(message, seq === null ? null : cursorOf(seq)));
			});
			let beats = 0;
			const timer = setInterval(async () => {
				if (now() >= session.expiresAt) return end();
				send(': \n\n');
				if (++beats % CHECK_EVERY) return;
				const row = await findSessionWithUser(db, session.id).catch(() => undefined);
				if (!row || row.deleted_at !== null || Number(row.expires_at) <= now()) end();
			}, HEARTBEAT_MS);
			stop = () => {
				clearInterval(timer);
				unsubscribe();
			};
		},
		cancel() {
			stop();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			// no-transform: no compression (which would hold events back) anywhere on the way
			'cache-control': 'private, no-store, no-transform',
			// nginx and others would buffer the response otherwise
			'x-accel-buffering': 'no'
		}
	});
}
