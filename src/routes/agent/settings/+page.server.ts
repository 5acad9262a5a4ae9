import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import {
	describeHours,
	loadServiceSettings,
	saveServiceSettings,
	settingsForm
} from '$lib/server/service-hours';
import { requireAdmin } from '$lib/server/http/guards';
import { fieldTexts } from '$lib/server/http/messages';

export const load = async ({ locals }) => {
	requireAdmin();
	const settings = await loadServiceSettings(await getDb());
	return { settings: settingsForm(settings), hours: describeHours(settings, locals.locale) };
};

export const actions = {
	default: async (event) => {
		requireAdmin();
		const form = await event.request.formData();
		const raw = {
			...Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')),
			days: form.getAll('days').map(String)
		};
		const result = await saveServiceSettings(await getDb(), raw);
		if (!result.ok)
			return fail(422, {
				values: raw,
				errors: fieldTexts(result.fields, translator(event.locals.locale))
			});
		return { saved: true };
	}
};
