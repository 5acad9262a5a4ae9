// Teams and the staff roster (admins only): who answers which languages and topics.
import { LOCALES } from '$lib/i18n/locales';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import { listStaff, setRole } from '../db/staff';
import { deleteTeam, listTeams, saveTeam } from '../db/teams';
import { findUserByEmail, findUserById } from '../db/users';
import { isAdmin } from './access';
import { forbidden, invalid, type Refusal } from './refusals';

/** A team from a form: name, languages, categories and members as repeated fields. */
export async function saveTeamFromForm(
	ctx: Ctx,
	user: SessionUser,
	form: FormData
): Promise<{ ok: true; id: string } | Refusal> {
	if (!isAdmin(user)) return forbidden();
	const id = String(form.get('id') ?? '') || undefined;
	const name = String(form.get('name') ?? '').trim();
	const languages = form.getAll('languages').map(String);
	const categories = form.getAll('categories').map(String);
	const members = form.getAll('members').map(String);
	const [teams, staff] = await Promise.all([listTeams(ctx.db), listStaff(ctx.db)]);
	const fields: Record<string, string> = {};
	if (!name) fields.name = 'required';
	else if (name.length > 80) fields.name = 'tooLong:80';
	else if (teams.some((t) => t.name.toLowerCase() === name.toLowerCase() && t.id !== id))
		fields.name = 'duplicateTitle';
	if (id && !teams.some((t) => t.id === id)) fields.name = 'unknownTeam';
	if (languages.length === 0 || !languages.every((l) => (LOCALES as readonly string[]).includes(l)))
		fields.languages = 'invalidLocale';
	if (!categories.every((c) => content.categoryIds().includes(c)))
		fields.categories = 'invalidRequest';
	if (!members.every((m) => staff.some((s) => s.id === m))) fields.members = 'unknownAgent';
	if (Object.keys(fields).length) return invalid(fields);
	return {
		ok: true,
		id: await saveTeam(ctx.db, { id, name, languages, categories, members }, ctx.now)
	};
}

export async function removeTeam(ctx: Ctx, user: SessionUser, id: string): Promise<boolean> {
	if (!isAdmin(user) || !(await listTeams(ctx.db)).some((t) => t.id === id)) return false;
	await deleteTeam(ctx.db, id);
	return true;
}

/** Give an existing account a role; an admin cannot demote themselves (there must stay someone in charge). */
export async function changeRole(
	ctx: Ctx,
	user: SessionUser,
	target: { email?: string; id?: string },
	role: string
): Promise<{ ok: true } | Refusal> {
	if (!isAdmin(user)) return forbidden();
	if (role !== 'customer' && role !== 'agent' && role !== 'admin')
		return invalid({ role: 'invalidRequest' });
	const account = target.id
		? await findUserById(ctx.db, target.id)
		: target.email
			? await findUserByEmail(ctx.db, target.email)
			: undefined;
	if (!account) return invalid({ email: 'unknownUser' });
	if (account.id === user.id && role !== 'admin') return invalid({ role: 'forbidden' });
	await setRole(ctx.db, account.id, role);
	return { ok: true };
}

/** The teams and the staff roster, for the admins' page. */
export async function roster(ctx: Ctx) {
	const [teams, staff] = await Promise.all([listTeams(ctx.db), listStaff(ctx.db)]);
	return { teams, staff };
}
