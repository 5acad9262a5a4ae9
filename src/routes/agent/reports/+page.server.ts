import { LOCALES } from '$lib/i18n/locales';
import { getDb } from '$lib/server/db';
import { settings } from '$lib/server/env';
import { teamsList } from '$lib/server/db/reports';
import { translator } from '$lib/server/i18n';
import { summaryOrDefault } from '$lib/server/reports/query';
import { contentToFix } from '$lib/server/reports/summary';
import { requireStaff } from '$lib/server/http/guards';

export const load = async (event) => {
	requireStaff();
	const db = await getDb();
	const LL = translator(event.locals.locale);
	// a wrong filter shows its error above the default period rather than an empty page
	const report = await summaryOrDefault(db, event.url.searchParams, Date.now(), LL);
	return {
		summary: report.summary,
		fix: contentToFix(report),
		errors: report.errors,
		query: Object.fromEntries(event.url.searchParams),
		teams: await teamsList(db),
		// e.g. https://github.com/acme/help/edit/main: each file under content/ then links to its editor
		editBase: settings.contentEditUrl(),
		locales: LOCALES
	};
};
