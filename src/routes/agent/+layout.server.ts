import { getDb } from '$lib/server/db';
import { agentTimeZone } from '$lib/server/tickets/staff';
import { requireStaff } from '$lib/server/http/guards';

// The workspace is dynamic and private; each page below guards itself too (layout loads run in parallel).
export const prerender = false;

export const load = async () => {
	const user = requireStaff();
	return {
		agent: {
			id: user.id,
			name: user.name,
			isAdmin: user.role === 'admin',
			/** Every page shows times in this zone (the agent's own, else the team's). */
			timeZone: await agentTimeZone(await getDb(), user.id)
		}
	};
};
