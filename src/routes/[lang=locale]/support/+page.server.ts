import { getDb } from '$lib/server/db';
import { ticketsOf } from '$lib/server/db/tickets';
import { languageLinks } from '$lib/server/content/pages';
import { requireUser } from '$lib/server/http/guards';

export const prerender = false;

export const load = async () => {
	const user = requireUser();
	const tickets = await ticketsOf(await getDb(), user.id);
	return {
		tickets: tickets.map((t) => ({
			ref: t.ref,
			subject: t.subject,
			status: t.status,
			updatedAt: t.updated_at
		})),
		switcher: languageLinks((l) => `/${l}/support`)
	};
};
