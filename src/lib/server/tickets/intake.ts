// The door for posts that may carry files: a new ticket, a reply. Whatever can refuse one without its content
// is asked before a byte of it is read (the account, the ticket limit, the ticket, the declared size, the
// storage left), so a refused 50 MB post costs neither memory nor a wait; then the body is read as it comes,
// within its caps (files.ts). The services still check everything again when they store.
import { FORM_TEXT_BYTES, UPLOAD_BODY_BYTES } from '$lib/uploads';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { peekCount } from '../db/rate-limits';
import { findTicket } from '../db/tickets';
import { readLimitedBody } from '../http/body';
import { refuseUnreadableFields } from '../http/input';
import { declaredLength, discardBody } from '../http/multipart';
import { readTicketForm, tooLargeRefusal, type ReadPost } from './files';
import { roomFor, quotaRefusal, type Room } from './quota';
import { notFound, refusal, type Refusal } from './refusals';
import { TICKET_LIMIT, ticketLimitKey } from './service';

export type Post = { kind: 'ticket' } | { kind: 'reply'; ref: string; json?: boolean };

/** Room for a multipart body's part headers and boundaries beside its text and files. */
const PART_OVERHEAD = 64 * 1024;

/**
 * The post's fields and files, or its refusal. Refused before reading: 403 unverified and 429 over the ticket
 * limit (new tickets), 404 for a ticket this account cannot see (replies), 413 when the declared size is over
 * the cap or its files must be over the storage left. JSON (`json`: the agent's reply) has no files.
 */
export async function receivePost(
	ctx: Ctx,
	user: SessionUser,
	request: Request,
	post: Post
): Promise<ReadPost> {
	const early = await beforeReading(ctx, user, request, post);
	if (!early.ok) {
		discardBody(request, UPLOAD_BODY_BYTES);
		return { ...early, values: {} };
	}
	if (post.kind === 'reply' && post.json && /^application\/json\b/i.test(contentType(request))) {
		const fields = await readLimitedBody(request, FORM_TEXT_BYTES);
		refuseUnreadableFields(fields);
		return { ok: true, fields, uploads: [] };
	}
	return readTicketForm(request, early.room);
}

const contentType = (request: Request) => request.headers.get('content-type') ?? '';

/** What a post declared no larger than this may carry costs nothing much to read (its text, at most). */
const SMALL_POST = FORM_TEXT_BYTES + PART_OVERHEAD;

async function beforeReading(
	ctx: Ctx,
	user: SessionUser,
	request: Request,
	post: Post
): Promise<{ ok: true; room: Room } | Refusal> {
	const declared = declaredLength(request);
	if (declared > UPLOAD_BODY_BYTES) return tooLargeRefusal();
	// a small post is read first: the ticket limit and the quota are asked once, when it is stored (the
	// service counts the ticket and holds the quota anyway), not twice for a few kilobytes
	const small = declared <= SMALL_POST;
	if (post.kind === 'ticket') {
		if (!user.emailVerified) return refusal(403, 'email_not_verified', 'notVerified');
		if (!small) {
			const key = ticketLimitKey(user.id);
			const sent = await peekCount(ctx.db, key, TICKET_LIMIT.windowMs, ctx.now);
			if (sent >= TICKET_LIMIT.perHour) return refusal(429, 'ticket_limit', 'ticketLimit');
		}
	} else if (!(await findTicket(ctx.db, user, post.ref))) return notFound();
	if (small) return { ok: true, room: UNKNOWN_ROOM };
	const room = await roomFor(ctx.db, user);
	// what the files alone must weigh, whatever the text: over what is left, they cannot all be kept
	if (declared - FORM_TEXT_BYTES - PART_OVERHEAD > room.left) return quotaRefusal(room);
	return { ok: true, room };
}

/** Room not asked for: the storing transaction holds the quota (tickets/quota.ts holdQuota). */
const UNKNOWN_ROOM: Room = { quota: Infinity, left: Infinity };
