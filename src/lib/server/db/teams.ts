// Teams: who answers which languages and topics, and their members.
import { randomUUID } from 'node:crypto';
import type { DB } from './index';
import { forgetTeam } from './report-changes';
import type { TeamTable } from './schema';

export interface Team {
	id: string;
	name: string;
	languages: string[];
	categories: string[];
	members: string[];
}

function parseList(text: string): string[] {
	try {
		const list: unknown = JSON.parse(text);
		return Array.isArray(list) ? list.map(String) : [];
	} catch {
		return [];
	}
}

export async function listTeams(db: DB): Promise<Team[]> {
	const teams = await db.selectFrom('teams').selectAll().orderBy('name').execute();
	const members = await db.selectFrom('team_members').selectAll().execute();
	return teams.map((t: TeamTable) => ({
		id: t.id,
		name: t.name,
		languages: parseList(t.languages),
		categories: parseList(t.categories),
		members: members.filter((m) => m.team_id === t.id).map((m) => m.user_id)
	}));
}

export async function saveTeam(
	db: DB,
	team: Omit<Team, 'id'> & { id?: string },
	now: number
): Promise<string> {
	const id = team.id ?? randomUUID();
	await db.transaction().execute(async (trx) => {
		const values = {
			name: team.name,
			languages: JSON.stringify(team.languages),
			categories: JSON.stringify(team.categories)
		};
		if (team.id) await trx.updateTable('teams').set(values).where('id', '=', id).execute();
		else
			await trx
				.insertInto('teams')
				.values({ id, ...values, created_at: now })
				.execute();
		await trx.deleteFrom('team_members').where('team_id', '=', id).execute();
		for (const userId of new Set(team.members))
			await trx.insertInto('team_members').values({ team_id: id, user_id: userId }).execute();
	});
	return id;
}

export async function deleteTeam(db: DB, id: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('tickets').set({ team_id: null }).where('team_id', '=', id).execute();
		await forgetTeam(trx, id);
		await trx.deleteFrom('team_members').where('team_id', '=', id).execute();
		await trx.deleteFrom('teams').where('id', '=', id).execute();
	});
}
