// Who may act on tickets: staff (agents and admins) work every ticket, admins also manage teams and roles; a
// customer reads and answers only their own (db/ticket-access.ts applies that to every read).
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { findTicket, type Ticket } from '../db/tickets';
import { forbidden, notFound, type Refusal } from './refusals';

export function isStaff(user: Pick<SessionUser, 'role'>): boolean {
	return user.role === 'agent' || user.role === 'admin';
}

export function isAdmin(user: Pick<SessionUser, 'role'>): boolean {
	return user.role === 'admin';
}

/** The ticket a reference names, for staff only: 403 for anyone else, 404 when there is none. */
export async function staffTicket(
	ctx: Ctx,
	user: SessionUser,
	ref: string
): Promise<Ticket | Refusal> {
	if (!isStaff(user)) return forbidden();
	return (await findTicket(ctx.db, user, ref)) ?? notFound();
}

/**
 * A change staff make to the ticket a reference names, from the fields of a form or a JSON body: the ticket as
 * it is after it, or why not (403 for anyone else, 404 when there is none, see staffTicket).
 */
export type StaffChange = (
	ctx: Ctx,
	user: SessionUser,
	ref: string,
	raw: Record<string, unknown>
) => Promise<{ ok: true; ticket: Ticket } | Refusal>;

/** The ticket as it is now, after a change this user made (they could see it a moment ago). */
export async function reread(ctx: Ctx, user: SessionUser, ref: string): Promise<Ticket> {
	return (await findTicket(ctx.db, user, ref))!;
}
