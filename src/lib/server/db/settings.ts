import { DEFAULT_SETTINGS, type ServiceSettings } from '$lib/service-hours/sla';
import type { DB } from './index';

/** A JSON setting, or undefined when unset or unreadable (the caller supplies the default). */
export async function readSetting<T>(db: DB, key: string): Promise<T | undefined> {
	const row = await db
		.selectFrom('settings')
		.select('value')
		.where('key', '=', key)
		.executeTakeFirst();
	return parsed<T>(row?.value);
}

function parsed<T>(text: string | undefined): T | undefined {
	if (text === undefined) return undefined;
	try {
		return JSON.parse(text) as T;
	} catch {
		return undefined;
	}
}

export async function writeSetting(db: DB, key: string, value: unknown): Promise<void> {
	const text = JSON.stringify(value);
	await db
		.insertInto('settings')
		.values({ key, value: text })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
		.execute();
}

/** The admins' service settings (hours, response targets, survey delay), the defaults filling what is unset. */
export async function readServiceSettings(db: DB): Promise<ServiceSettings> {
	return {
		...DEFAULT_SETTINGS,
		...(await readSetting<Partial<ServiceSettings>>(db, SERVICE_SETTINGS))
	};
}

/** The service settings as stored (their JSON text, if any), the defaults filling what is unset. */
export function serviceSettingsOf(text: string | undefined): ServiceSettings {
	return { ...DEFAULT_SETTINGS, ...parsed<Partial<ServiceSettings>>(text) };
}

export const SERVICE_SETTINGS = 'service_hours';
