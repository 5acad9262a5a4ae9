// A reports query as filters: the days (team time zone), the language and the team.
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { ReportQuery } from '$lib/schemas/reports';
import type { DB } from '../db';
import { teamsList } from '../db/report-period';
import { zonedParts } from '$lib/service-hours/business-hours';
import type { ServiceSettings } from '$lib/service-hours/sla';

const DAY = 24 * 60 * 60 * 1000;

export interface ReportFilters {
	from: string;
	to: string;
	locale?: Locale;
	teamId?: string;
}

export function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The query's days, `to` defaulting to today (team time zone) and `from` to 29 days before `to`. */
function period(q: Pick<ReportQuery, 'from' | 'to'>, settings: ServiceSettings, now: number) {
	const to = q.to || zonedParts(now, settings.timeZone).date;
	return { from: q.from || addDays(to, -29), to };
}

/** The last 30 days, all languages and teams. */
export function defaultFilters(settings: ServiceSettings, now: number): ReportFilters {
	return period({ from: '', to: '' }, settings, now);
}

/** Dates of the query, defaulting to the last 30 days (team time zone); an error key when they are wrong. */
export async function resolveFilters(
	db: DB,
	q: ReportQuery,
	settings: ServiceSettings,
	now: number
): Promise<{ ok: true; filters: ReportFilters } | { ok: false; field: string; error: string }> {
	const { from, to } = period(q, settings, now);
	if (from > to) return { ok: false, field: 'from', error: 'invalidDateRange' };
	if (q.team && !(await teamsList(db)).some((t) => t.id === q.team))
		return { ok: false, field: 'team', error: 'unknownTeam' };
	return {
		ok: true,
		filters: {
			from,
			to,
			locale: q.locale && isLocale(q.locale) ? q.locale : undefined,
			teamId: q.team || undefined
		}
	};
}
