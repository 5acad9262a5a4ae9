// A colleague's presence on a ticket (issue 18): staff say they have it open or are typing; live/ tells the
// others and forgets it after a while (live/presence.ts).
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { publish, type PresenceState } from '../live/bus';
import { presentOn, type Present } from '../live/presence';
import { staffTicket } from './access';
import type { Refusal } from './refusals';

export async function sayPresence(
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	state: PresenceState
): Promise<{ ok: true } | Refusal> {
	const ticket = await staffTicket(ctx, user, ref);
	if ('ok' in ticket) return ticket;
	publish({ type: 'presence', ref: ticket.ref, user: user.id, name: user.name, state });
	return { ok: true };
}

/** The colleagues on a ticket as its page loads (the stream tells of changes afterwards). */
export function colleaguesOn(ctx: Ctx, user: SessionUser, ref: string): Present[] {
	return presentOn(ref, user.id, ctx.now);
}
