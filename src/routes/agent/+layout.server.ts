import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { findUserById } from '$lib/server/db/users';
import { loadServiceSettings } from '$lib/server/tickets/sla';

// The workspace is dynamic and private; each page below guards itself too (layout loads run in parallel).
export const prerender = false;

export const load = async () => {
	const user = requireRole('agent', 'admin');
	const db = await getDb();
	const [me, settings] = await Promise.all([findUserById(db, user.id), loadServiceSettings(db)]);
	return {
		agent: {
			id: user.id,
			name: user.name,
			role: user.role,
			isAdmin: user.role === 'admin',
			timeZone: me?.time_zone ?? settings.timeZone
		},
		teamTimeZone: settings.timeZone
	};
};
