// Canned answers: per-locale reply templates agents and admins manage, and the suggestions beside the reply box
// (canned answers and FAQ articles that match the ticket's words, found by the help centre's own search code).
import * as v from 'valibot';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { CannedSchema } from '$lib/schemas/canned';
import type { SearchIndex } from '$lib/search/engine';
import { buildIndexData, openIndexData } from '$lib/search/split';
import type { Ctx } from '../accounts';
import type { SessionUser } from '../auth/session';
import type { DB } from '../db';
import {
	cannedStamp,
	deleteCanned,
	findCanned,
	findCannedByTitle,
	insertCanned,
	listCanned,
	updateCanned,
	type CannedAnswer
} from '../db/canned';
import { findTicket, type Ticket } from '../db/tickets';
import { findUserById } from '../db/users';
import { searchArticles } from '../search';
import { isStaff } from './access';
import { forbidden, invalid, notFound, type FieldKeys, type Refusal } from './refusals';
import {
	expandTemplate,
	ticketValues,
	unknownPlaceholders,
	type TemplateValues
} from './templates';
import { issueKeys } from '../http/messages';

export { CANNED_BODY_LIMIT, CannedSchema } from '$lib/schemas/canned';

export function cannedJson(a: CannedAnswer, expanded?: string) {
	return {
		id: a.id,
		locale: a.locale,
		title: a.title,
		body: a.body,
		...(expanded !== undefined ? { expanded } : {}),
		updatedAt: new Date(Number(a.updated_at)).toISOString()
	};
}

async function check(
	ctx: Ctx,
	raw: Record<string, unknown>,
	id?: string
): Promise<{ ok: true; value: v.InferOutput<typeof CannedSchema> } | Refusal> {
	const parsed = v.safeParse(CannedSchema, raw);
	const fields: FieldKeys = parsed.success ? {} : issueKeys(parsed.issues);
	if (parsed.success) {
		const unknown = unknownPlaceholders(parsed.output.body);
		if (unknown.length) fields.body = { key: 'unknownPlaceholder', names: unknown };
		const same = await findCannedByTitle(ctx.db, parsed.output.locale, parsed.output.title);
		if (same && same.id !== id) fields.title = 'duplicateTitle';
	}
	if (!parsed.success || Object.keys(fields).length) return invalid(fields);
	return { ok: true, value: parsed.output };
}

export async function createCanned(
	ctx: Ctx,
	user: SessionUser,
	raw: Record<string, unknown>
): Promise<{ ok: true; answer: CannedAnswer } | Refusal> {
	if (!isStaff(user)) return forbidden();
	const checked = await check(ctx, raw);
	if (!checked.ok) return checked;
	try {
		return {
			ok: true,
			answer: await insertCanned(ctx.db, { ...checked.value, createdBy: user.id }, ctx.now)
		};
	} catch (error) {
		// the same title saved twice at once: the unique constraint decides
		if (/unique|duplicate/i.test(String((error as Error).message)))
			return invalid({ title: 'duplicateTitle' });
		throw error;
	}
}

export async function editCanned(
	ctx: Ctx,
	user: SessionUser,
	id: string,
	raw: Record<string, unknown>
): Promise<{ ok: true; answer: CannedAnswer } | Refusal> {
	if (!isStaff(user)) return forbidden();
	if (!(await findCanned(ctx.db, id))) return notFound();
	const checked = await check(ctx, raw, id);
	if (!checked.ok) return checked;
	await updateCanned(ctx.db, id, checked.value, ctx.now);
	return { ok: true, answer: (await findCanned(ctx.db, id))! };
}

export async function removeCanned(ctx: Ctx, user: SessionUser, id: string): Promise<boolean> {
	if (!isStaff(user) || !(await findCanned(ctx.db, id))) return false;
	await deleteCanned(ctx.db, id);
	return true;
}

/** Every answer (or one locale's), each filled in for a ticket when one is named. */
export async function cannedFor(
	ctx: Ctx,
	user: SessionUser,
	options: { locale?: string; ticketRef?: string }
): Promise<{ ok: true; answers: ReturnType<typeof cannedJson>[] } | { ok: false }> {
	const ticket = options.ticketRef ? await findTicket(ctx.db, user, options.ticketRef) : undefined;
	if (options.ticketRef && !ticket) return { ok: false };
	const locale = options.locale || ticket?.locale;
	const answers = await listCanned(ctx.db, locale);
	if (!ticket) return { ok: true, answers: answers.map((a) => cannedJson(a)) };
	const customer = await findUserById(ctx.db, ticket.user_id);
	return {
		ok: true,
		answers: filledIn(answers, ticketValues(ticket, customer?.name ?? '', ctx.origin))
	};
}

/** Each answer with its body filled in (an answer that cannot be filled keeps its body as written). */
function filledIn(answers: CannedAnswer[], values: TemplateValues) {
	return answers.map((a) => {
		const expanded = expandTemplate(a.body, values);
		return cannedJson(a, expanded.ok ? expanded.text : a.body);
	});
}

// ---- suggestions ----

const indexes = new Map<string, { stamp: string; index: Promise<SearchIndex> }>();

/** A search index over one locale's canned answers, rebuilt when they change. */
async function cannedIndex(db: DB, locale: Locale): Promise<SearchIndex> {
	const stamp = await cannedStamp(db, locale);
	const cached = indexes.get(locale);
	if (cached?.stamp === stamp) return cached.index;
	const index = listCanned(db, locale).then(async (answers) =>
		openIndexData(
			await buildIndexData(
				locale,
				answers.map((a) => ({
					id: a.id,
					title: a.title,
					description: '',
					keywords: [],
					headings: [],
					body: a.body
				})),
				[]
			)
		)
	);
	indexes.set(locale, { stamp, index });
	return index;
}

export interface Suggestions {
	answers: ReturnType<typeof cannedJson>[];
	articles: { id: string; title: string; href: string; lang?: string }[];
}

/**
 * For the reply box: every canned answer in the ticket's language, filled in for it, and the answers and
 * articles that match the ticket's words.
 */
export async function answersForTicket(
	ctx: Ctx,
	ticket: Ticket,
	customerName: string,
	text: string,
	limit = 4
): Promise<{ all: ReturnType<typeof cannedJson>[]; suggestions: Suggestions }> {
	const locale: Locale = isLocale(ticket.locale) ? ticket.locale : 'en';
	const query = `${ticket.subject} ${text}`.slice(0, 500);
	const [index, articles, answers] = await Promise.all([
		cannedIndex(ctx.db, locale),
		searchArticles(locale, query, limit),
		listCanned(ctx.db, locale)
	]);
	const all = filledIn(answers, ticketValues(ticket, customerName, ctx.origin));
	const hits = index.search(query, limit).map((h) => h.id);
	return {
		all,
		suggestions: {
			answers: all
				.filter((a) => hits.includes(a.id))
				.sort((a, b) => hits.indexOf(a.id) - hits.indexOf(b.id)),
			articles: articles.map((r) => ({
				id: r.id,
				title: r.title.map((s) => s.text).join(''),
				href: `${ctx.origin}${r.href}`,
				...(r.lang ? { lang: r.lang } : {})
			}))
		}
	};
}
