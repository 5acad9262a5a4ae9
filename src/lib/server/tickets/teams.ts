// Teams and the staff roster (admins only): who answers which languages and topics.
import { LOCALES } from '$lib/i18n/locales';
import type { TranslationFunctions } from '$locales/i18n-types';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import { content } from '../content';
import { deleteTeam, listStaff, listTeams, saveTeam, setRole } from '../db/agent';
import { findUserByEmail, findUserById } from '../db/users';
import { forbidden } from './agent';
import { invalid, type Refusal } from './refusals';
import { errorText } from '../http/messages';

/** A team from a form: name, languages, categories and members as repeated fields. */
export async function saveTeamFromForm(
	ctx: Ctx,
	user: SessionUser,
	form: FormData,
	LL: TranslationFunctions
): Promise<{ ok: true; id: string } | Refusal> {
	if (user.role !== 'admin') return forbidden(LL);
	const id = String(form.get('id') ?? '') || undefined;
	const name = String(form.get('name') ?? '').trim();
	const languages = form.getAll('languages').map(String);
	const categories = form.getAll('categories').map(String);
	const members = form.getAll('members').map(String);
	const [teams, staff] = await Promise.all([listTeams(ctx.db), listStaff(ctx.db)]);
	const fields: Record<string, string> = {};
	if (!name) fields.name = LL.errors.required();
	else if (name.length > 80) fields.name = errorText('tooLong:80', LL);
	else if (teams.some((t) => t.name.toLowerCase() === name.toLowerCase() && t.id !== id))
		fields.name = LL.errors.duplicateTitle();
	if (id && !teams.some((t) => t.id === id)) fields.name = LL.errors.unknownTeam();
	if (languages.length === 0 || !languages.every((l) => (LOCALES as readonly string[]).includes(l)))
		fields.languages = LL.errors.invalidLocale();
	if (!categories.every((c) => content.categoryIds().includes(c)))
		fields.categories = LL.errors.invalidRequest();
	if (!members.every((m) => staff.some((s) => s.id === m)))
		fields.members = LL.errors.unknownAgent();
	if (Object.keys(fields).length) return invalid(LL, fields);
	return {
		ok: true,
		id: await saveTeam(ctx.db, { id, name, languages, categories, members }, ctx.now)
	};
}

export async function removeTeam(ctx: Ctx, user: SessionUser, id: string): Promise<boolean> {
	if (user.role !== 'admin' || !(await listTeams(ctx.db)).some((t) => t.id === id)) return false;
	await deleteTeam(ctx.db, id);
	return true;
}

/** Give an existing account a role; an admin cannot demote themselves (there must stay someone in charge). */
export async function changeRole(
	ctx: Ctx,
	user: SessionUser,
	target: { email?: string; id?: string },
	role: string,
	LL: TranslationFunctions
): Promise<{ ok: true } | Refusal> {
	if (user.role !== 'admin') return forbidden(LL);
	if (role !== 'customer' && role !== 'agent' && role !== 'admin')
		return invalid(LL, { role: LL.errors.invalidRequest() });
	const account = target.id
		? await findUserById(ctx.db, target.id)
		: target.email
			? await findUserByEmail(ctx.db, target.email)
			: undefined;
	if (!account) return invalid(LL, { email: LL.errors.unknownUser() });
	if (account.id === user.id && role !== 'admin')
		return invalid(LL, { role: LL.errors.forbidden() });
	await setRole(ctx.db, account.id, role);
	return { ok: true };
}
