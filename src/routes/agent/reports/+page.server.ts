import { LOCALES } from '$lib/i18n/locales';
import { getDb } from '$lib/server/db';
import { settings } from '$lib/server/env';
import { translator } from '$lib/server/i18n';
import { reportsPage } from '$lib/server/reports/query';
import { requireStaff } from '$lib/server/http/guards';
import { fieldTexts } from '$lib/server/http/messages';

export const load = async (event) => {
	requireStaff();
	// a wrong filter shows its error above the default period rather than an empty page
	const page = await reportsPage(await getDb(), event.url.searchParams, Date.now());
	return {
		...page,
		errors: fieldTexts(page.errors, translator(event.locals.locale)),
		query: Object.fromEntries(event.url.searchParams),
		// e.g. https://github.com/acme/help/edit/main: each file under content/ then links to its editor
		editBase: settings.contentEditUrl(),
		locales: LOCALES
	};
};
