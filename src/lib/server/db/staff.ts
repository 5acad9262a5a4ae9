// Agents and admins: the roster with their load, their preferences and their role.
import type { DB } from './index';
import { SERVICE_SETTINGS, serviceSettingsOf } from './settings';

export interface StaffMember {
	id: string;
	name: string;
	email: string | null;
	role: 'agent' | 'admin';
	locale: string;
	timeZone: string | null;
	openTickets: number;
	teamIds: string[];
}

/** Agents and admins, with how many unfinished tickets each has (for the suggested assignee). */
export async function listStaff(db: DB): Promise<StaffMember[]> {
	const users = await db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'role', 'locale', 'time_zone'])
		.where('role', 'in', ['agent', 'admin'])
		.where('deleted_at', 'is', null)
		.orderBy('name')
		.execute();
	const open = await db
		.selectFrom('tickets')
		.select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('status', 'in', ['new', 'open', 'pending'])
		.where('assignee_id', 'is not', null)
		.groupBy('assignee_id')
		.execute();
	const members = await db.selectFrom('team_members').selectAll().execute();
	return users.map((u) => ({
		id: u.id,
		name: u.name,
		email: u.email,
		role: u.role as 'agent' | 'admin',
		locale: u.locale,
		timeZone: u.time_zone,
		openTickets: Number(open.find((o) => o.assignee_id === u.id)?.n ?? 0),
		teamIds: members.filter((m) => m.user_id === u.id).map((m) => m.team_id)
	}));
}

/** The zone an agent reads times in: their own, else the service hours' (one statement: every agent page asks). */
export async function ownOrServiceZone(db: DB, userId: string): Promise<string> {
	const row = await db
		.selectFrom('users')
		.select((eb) => [
			'users.time_zone',
			eb
				.selectFrom('settings')
				.select('settings.value')
				.where('settings.key', '=', SERVICE_SETTINGS)
				.as('service')
		])
		.where('users.id', '=', userId)
		.where('users.deleted_at', 'is', null)
		.executeTakeFirst();
	return row?.time_zone ?? serviceSettingsOf(row?.service ?? undefined).timeZone;
}

export async function setUserPreferences(
	db: DB,
	userId: string,
	prefs: { locale: string; timeZone: string | null }
): Promise<void> {
	await db
		.updateTable('users')
		.set({ locale: prefs.locale, time_zone: prefs.timeZone })
		.where('id', '=', userId)
		.execute();
}

/** A customer again leaves their teams; their assigned tickets stay theirs until reassigned. */
export async function setRole(db: DB, userId: string, role: 'customer' | 'agent' | 'admin') {
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('users').set({ role }).where('id', '=', userId).execute();
		if (role === 'customer')
			await trx.deleteFrom('team_members').where('user_id', '=', userId).execute();
	});
}
