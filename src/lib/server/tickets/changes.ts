// Changes to a ticket by staff: status, priority, assignee and team, judged against the version the agent saw
// (optimistic: somebody else's change first is a 409 listing what changed), with the mail to a new assignee and
// the survey after "solved". Also who should take a ticket (the suggested assignee and team).
import * as v from 'valibot';
import { TicketPatchSchema } from '$lib/schemas/agent';
import type { Ctx } from '../accounts';
import type { TicketStatus } from '../db/schema';
import { listStaff, type StaffMember } from '../db/staff';
import { listTeams, type Team } from '../db/teams';
import { changeTicket, ticketEvents, type TicketChange } from '../db/ticket-events';
import type { Ticket } from '../db/tickets';
import { issueKeys } from '../http/messages';
import { ticketChanged } from '../live';
import { enqueueMail } from '../mail/outbox';
import { assignedMail } from '../mail/ticket-mails';
import { scheduleSurvey } from '../surveys';
import { reread, staffTicket, type StaffChange } from './access';
import { conflict, invalid, type Refusal } from './refusals';

export { SETTABLE_STATUSES, STATUSES, TicketPatchSchema } from '$lib/schemas/agent';
export const AUTO_CLOSE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** What changed since the version the agent saw (`seen`), and the version the ticket is at now. */
export async function conflictSince(ctx: Ctx, ticket: Ticket, seen: number): Promise<Refusal> {
	return conflict(ticket.version, await ticketEvents(ctx.db, ticket.id, seen));
}

/** The status change's side effects on the SLA clock. */
export function statusChange(ticket: Ticket, to: TicketStatus, now: number): TicketChange {
	if (to === ticket.status) return {};
	const change: TicketChange = { status: to };
	if (to === 'solved')
		Object.assign(change, { solved_at: now, awaiting_since: null, due_at: null });
	if (to === 'pending' || to === 'closed')
		Object.assign(change, { awaiting_since: null, due_at: null });
	return change;
}

/** Status, priority, assignee and team, judged against the version the agent saw (`raw.version`). */
export const patchTicket: StaffChange = async (ctx, user, ref, raw) => {
	const ticket = await staffTicket(ctx, user, ref);
	if ('ok' in ticket) return ticket;
	if (raw.version === undefined || raw.version === null || raw.version === '')
		return invalid({ version: 'versionRequired' });
	const parsed = v.safeParse(TicketPatchSchema, raw);
	if (!parsed.success) return invalid(issueKeys(parsed.issues));
	const input = parsed.output;
	// judged against what the agent saw: somebody else's change comes first, before any other complaint
	if (input.version !== ticket.version) return conflictSince(ctx, ticket, input.version);
	const [staff, teams] = await Promise.all([listStaff(ctx.db), listTeams(ctx.db)]);
	const fields: Record<string, string> = {};
	const assignee =
		input.assignee === undefined
			? undefined
			: input.assignee
				? staff.find((s) => s.id === input.assignee || s.email === input.assignee)
				: null;
	if (input.assignee && !assignee) fields.assignee = 'unknownAgent';
	const team =
		input.team === undefined
			? undefined
			: input.team
				? teams.find((t) => t.id === input.team)
				: null;
	if (input.team && !team) fields.team = 'unknownTeam';
	const reassigning =
		assignee !== undefined &&
		ticket.assignee_id !== null &&
		(assignee?.id ?? null) !== ticket.assignee_id;
	if (reassigning && !input.note) fields.note = 'reassignNote';
	if (Object.keys(fields).length) return invalid(fields);

	const change: TicketChange = {};
	const data: Record<string, unknown> = {};
	if (input.status && input.status !== ticket.status) {
		Object.assign(change, statusChange(ticket, input.status, ctx.now));
		data.status = { from: ticket.status, to: input.status };
	}
	if (input.priority !== undefined && input.priority !== ticket.priority) {
		change.priority = input.priority;
		data.priority = { from: ticket.priority, to: input.priority };
	}
	if (assignee !== undefined && (assignee?.id ?? null) !== ticket.assignee_id) {
		change.assignee_id = assignee?.id ?? null;
		data.assignee = {
			from: ticket.assignee_id,
			to: assignee?.id ?? null,
			toName: assignee?.name ?? null
		};
		// somebody took it: it is no longer untouched
		if (ticket.status === 'new' && !change.status) {
			change.status = 'open';
			data.status = { from: 'new', to: 'open' };
		}
	}
	if (team !== undefined && (team?.id ?? null) !== ticket.team_id) {
		change.team_id = team?.id ?? null;
		data.team = { from: ticket.team_id, to: team?.id ?? null, toName: team?.name ?? null };
	}
	if (input.note) data.note = input.note;
	if (Object.keys(change).length === 0) return { ok: true, ticket };
	const applied = await ctx.db.transaction().execute(async (trx) => {
		const version = await changeTicket(
			trx,
			ticket.id,
			input.version,
			change,
			{ kind: 'update', data },
			user.id,
			ctx.now
		);
		if (version === null) return false;
		if (assignee && assignee.id !== user.id && assignee.email)
			await enqueueMail(
				trx,
				assignedMail({
					locale: assignee.locale,
					to: assignee.email,
					name: assignee.name,
					ticket,
					by: user.name,
					note: input.note,
					link: `${ctx.origin}/agent/tickets/${ticket.ref}`
				}),
				ctx.now
			);
		return true;
	});
	// somebody else was first in between: judged against the ticket as it is now
	if (!applied) return conflictSince(ctx, await reread(ctx, user, ref), input.version);
	if (input.status === 'solved') await scheduleSurvey(ctx, ticket.id);
	ticketChanged(ticket, change.status ? 'status' : 'update');
	return { ok: true, ticket: await reread(ctx, user, ref) };
};

// ---- who should take it ----

/** Who speaks a language: the agent's own UI language, plus the languages of their teams. */
function speaks(member: StaffMember, teams: Team[], locale: string): boolean {
	return (
		member.locale === locale ||
		teams.some((t) => member.teamIds.includes(t.id) && t.languages.includes(locale))
	);
}

/** The agent who speaks the ticket's language and has the fewest unfinished tickets; a team for its language and category. */
export function suggestAssignee(
	ticket: Pick<Ticket, 'locale' | 'category'>,
	staff: StaffMember[],
	teams: Team[]
): { agent: StaffMember | null; team: Team | null } {
	const speakers = staff.filter((m) => speaks(m, teams, ticket.locale));
	const agent =
		[...speakers].sort(
			(a, b) => a.openTickets - b.openTickets || a.name.localeCompare(b.name)
		)[0] ?? null;
	const team =
		teams.find(
			(t) =>
				t.languages.includes(ticket.locale) &&
				(!ticket.category || t.categories.includes(ticket.category))
		) ??
		teams.find((t) => t.languages.includes(ticket.locale) && t.categories.length === 0) ??
		null;
	return { agent, team };
}
