import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import {
	describeHours,
	loadServiceSettings,
	saveServiceSettings,
	settingsForm
} from '$lib/server/tickets/sla';
import { requireAdmin } from '$lib/server/http/guards';
import { localizeIssues } from '$lib/server/http/messages';

export const load = async ({ locals }) => {
	requireAdmin();
	const settings = await loadServiceSettings(await getDb());
	return { settings: settingsForm(settings), hours: describeHours(settings, locals.locale) };
};

export const actions = {
	default: async (event) => {
		requireAdmin();
		const LL = translator(event.locals.locale);
		const form = await event.request.formData();
		const raw = {
			...Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')),
			days: form.getAll('days').map(String)
		};
		const result = await saveServiceSettings(await getDb(), raw);
		if (!result.ok) {
			const errors = localizeIssues(result.issues, LL);
			return fail(422, { values: raw, errors });
		}
		return { saved: true };
	}
};
