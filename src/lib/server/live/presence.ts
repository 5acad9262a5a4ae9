// Who has a ticket open, and who is typing a reply to it (issue 18): kept by every server from the presence
// messages of bus.ts, each for PRESENCE_TTL_MS unless said again. A page says it every PRESENCE_REFRESH_MS
// while open; a tab that closes or loses its network stops saying it, and so drops out by itself.
import { PRESENCE_TTL_MS } from '$lib/schemas/live';
import { subscribe, type LiveMessage, type PresenceState } from './bus';

export { PRESENCE_REFRESH_MS, PRESENCE_TTL_MS } from '$lib/schemas/live';

export interface Present {
	user: string;
	name: string;
	typing: boolean;
	/** until when this holds unless said again, epoch ms */
	until: number;
}

/** ticket ref → user id → presence */
const present = new Map<string, Map<string, Present>>();

/** Note a presence message heard at `now` (exported for tests; the bus calls it for every server's). */
export function notePresence(
	message: Extract<LiveMessage, { type: 'presence' }>,
	now: number
): void {
	const { ref, user, name, state } = message;
	let onTicket = present.get(ref);
	if (state === 'left') {
		onTicket?.delete(user);
		if (onTicket?.size === 0) present.delete(ref);
		return;
	}
	if (!onTicket) present.set(ref, (onTicket = new Map()));
	onTicket.set(user, { user, name, typing: state === 'typing', until: now + PRESENCE_TTL_MS });
}

/** Who else is on a ticket now (not `except`), typing first. */
export function presentOn(ref: string, except: string, now: number): Present[] {
	const onTicket = present.get(ref);
	if (!onTicket) return [];
	for (const [user, p] of onTicket) if (p.until <= now) onTicket.delete(user);
	if (!onTicket.size) present.delete(ref);
	return [...onTicket.values()]
		.filter((p) => p.user !== except)
		.sort((a, b) => Number(b.typing) - Number(a.typing) || a.name.localeCompare(b.name));
}

subscribe((message) => {
	if (message.type === 'presence') notePresence(message, Date.now());
});

export type { PresenceState };
