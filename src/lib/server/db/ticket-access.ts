// Who may read a ticket: the one rule every ticket query applies.
import type { Role } from './schema';

/** The acting user, as far as access goes. */
export interface Viewer {
	id: string;
	role: Role;
}

/** Agents and admins see every ticket; a customer only their own. Every read of a ticket goes through this. */
export function canSee(user: Viewer, ticket: { user_id: string }): boolean {
	return user.role !== 'customer' || ticket.user_id === user.id;
}
