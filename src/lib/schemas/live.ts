// Live updates (issue 18): the event stream's text and a colleague's presence on a ticket.
import * as v from 'valibot';

/**
 * GET /api/v1/events: Server-Sent Events. `event: ticket` with `{"ref","kind"}` and an `id` to resume from
 * (Last-Event-ID); `event: presence` with `{"ref","user","name","state"}` (agents only); `event: reset` when what
 * was missed cannot be replayed (load the data again); `event: end` as the session ends (do not reconnect); a
 * comment line every 20 s.
 */
export const EventStreamSchema = v.pipe(
	v.string(),
	v.description(
		'text/event-stream: events "ticket", "presence" and "reset", and heartbeat comments'
	)
);

export const PRESENCE_STATES = ['viewing', 'typing', 'left'] as const;

/** How long a presence counts unless said again, and how often an open page says it (server and page alike). */
export const PRESENCE_TTL_MS = 30_000;
export const PRESENCE_REFRESH_MS = 15_000;

/** POST /api/v1/tickets/{ref}/presence: the agent has the ticket open, is typing a reply, or left it. */
export const PresenceSchema = v.strictObject({ state: v.picklist(PRESENCE_STATES) });
