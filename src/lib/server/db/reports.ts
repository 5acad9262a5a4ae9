// What the reports are computed from: the running figures kept as tickets and surveys change (report-facts.ts)
// and the raw rows of what has none. Figures are computed in reports/summary.ts, so their exact definitions live
// in one tested place rather than in SQL dialects.
import { sql, type ExpressionBuilder, type ReferenceExpression } from 'kysely';
import type { DB } from './index';
import { STATUS_CODES } from './report-changes';
import { codeOf, valuesOf } from './report-codes';
import { type AnswerCount, type Question, type TicketFact } from './report-facts';

export interface Range {
	/** Inclusive, epoch ms. */
	start: number;
	/** Exclusive, epoch ms. */
	end: number;
	locale?: string;
	teamId?: string;
}

/**
 * Whether a row is in the range: `at` from its start up to its end, and in its language and team when it names
 * them. A table without teams names no team column, and the range's team does not narrow it.
 */
export function inRange<D, T extends keyof D>(
	eb: ExpressionBuilder<D, T>,
	r: Range,
	at: ReferenceExpression<D, T>,
	columns: { locale: ReferenceExpression<D, T>; team?: ReferenceExpression<D, T> }
) {
	return eb.and([
		eb(at, '>=', r.start),
		eb(at, '<', r.end),
		...(r.locale ? [eb(columns.locale, '=', r.locale)] : []),
		...(r.teamId && columns.team ? [eb(columns.team, '=', r.teamId)] : [])
	]);
}

/** The local days of a report (inclusive, the team's zone), in its language and team when it names them. */
export interface DayRange {
	from: string;
	to: string;
	locale?: string;
	teamId?: string;
}

/** How many gave `value` to `question`. */
export type AnswerRun = Pick<AnswerCount, 'question' | 'value' | 'n'>;
/** What the breakdowns split survey answers by: the ticket's, as an answer carries them. */
export const ANSWER_COLUMNS = ['assignee_id', 'team_id', 'locale', 'category'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];
/** The questions the breakdowns read (their CSAT mean and responses). */
export const BREAKDOWN_QUESTIONS = ['csat', 'responses'] as const satisfies readonly Question[];

/**
 * Survey answers added up as the summary reads them: every question's scores, and for each value of each column
 * ('' for none) the scores of the questions the breakdowns read.
 */
export interface AnswerTotals {
	all: AnswerRun[];
	by: Record<AnswerColumn, (AnswerRun & { key: string })[]>;
}

/** Where the summary reads its ticket, survey and next-response figures (the stored running figures). */
export interface ReportSource {
	tickets(db: DB, r: Range): Promise<TicketRows>;
	answers(db: DB, d: DayRange): Promise<AnswerTotals>;
	replies(db: DB, d: DayRange): Promise<{ measured: number; onTime: number }>;
}

/** What the summary reads of a ticket: its fact without its id. */
export type ReportedTicket = Omit<TicketFact, 'ticket_id'>;

/**
 * Tickets to go through once, in order. ticketFacts hands each to `visit` in one object it fills anew for the
 * next (a month is tens of thousands): read it there, do not keep it. An array is such a list too.
 */
export interface TicketRows {
	forEach(visit: (row: ReportedTicket, index: number) => void): void;
	/** How many there are, where that is known before going through them. */
	size?: number;
	/**
	 * Where the rows were read as codes: a column's value of the row at `index` as a number standing for it
	 * (reports/speed.ts NumberedGrouping), for grouping a month's tickets by it.
	 */
	numbered?(column: AnswerColumn): {
		number(row: ReportedTicket, index: number): number;
		key(number: number): string;
	};
}

/** Each ticket's numbers, as written with its fact (report-changes.ts packed), joined. */
const PACKED = sql`string_agg(packed, ';')`;
const FIELDS = 14;
/** Where a fact's coded columns are among its numbers (after created_at: locale, team, assignee, category). */
const CODED: Record<AnswerColumn, number> = { locale: 1, team_id: 2, assignee_id: 3, category: 4 };

/**
 * The numbers of a packed text, NaN where one is empty: read character by character in one pass, each number's
 * digits in a loop of their own up to the separator after them (the most of the text), making no strings, into
 * an array grown as it fills.
 */
function numbers(text: string): Float64Array {
	if (!text) return new Float64Array(0);
	const length = text.length;
	// a fact's fields take four characters each, give or take
	let out = new Float64Array((length >> 2) + 16);
	let k = 0;
	// past the end, a separator closes the last number
	for (let i = 0; i <= length;) {
		if (k === out.length) {
			const more = new Float64Array(out.length * 2);
			more.set(out);
			out = more;
		}
		let c = i < length ? text.charCodeAt(i) : SEMICOLON;
		if (c === COMMA || c === SEMICOLON) {
			out[k++] = NaN;
			i++;
			continue;
		}
		const negative = c === MINUS;
		if (negative) c = text.charCodeAt(++i);
		let value = c - ZERO;
		while (++i < length && (c = text.charCodeAt(i)) !== COMMA && c !== SEMICOLON)
			value = value * 10 + (c - ZERO);
		// over the separator
		i++;
		out[k++] = negative ? -value : value;
	}
	return out.subarray(0, k);
}

const ZERO = '0'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);
const SEMICOLON = ';'.charCodeAt(0);
const MINUS = '-'.charCodeAt(0);

/** The values of codes as an array indexed by code: codes are small whole numbers, and a month reads 250,000. */
function byCode(names: Map<number, string>): (string | undefined)[] {
	const values: (string | undefined)[] = [];
	for (const [code, value] of names) values[code] = value;
	return values;
}

/**
 * The facts of the tickets created in the range (report_tickets): read as one text of numbers, each fact's
 * written when it was, not as a row each, which for a month of 50,000 tickets is most of the time a summary takes.
 */
export async function ticketFacts(db: DB, r: Range): Promise<TicketRows> {
	const locale = r.locale ? await codeOf(db, r.locale) : undefined;
	const team = r.teamId ? await codeOf(db, r.teamId) : undefined;
	// nothing was ever counted under a language or team without a code
	if ((r.locale && locale === undefined) || (r.teamId && team === undefined)) return [];
	let q = db
		.selectFrom('report_tickets')
		.select(PACKED.as('facts'))
		.where('created_at', '>=', r.start)
		.where('created_at', '<', r.end);
	if (locale !== undefined) q = q.where('locale', '=', locale);
	if (team !== undefined) q = q.where('team_id', '=', team);
	const n = numbers(((await q.executeTakeFirst())?.facts as string | null) ?? '');
	let names = byCode(await valuesOf(db, []));
	// a code new to this process reads them all again, once (an empty place is NaN: x !== x)
	search: for (let i = 0; i < n.length; i += FIELDS)
		for (let j = 1; j <= 5; j++) {
			const code = n[i + j]!;
			if (code === code && names[code] === undefined) {
				names = byCode(await valuesOf(db, [code]));
				break search;
			}
		}
	const value = (x: number) => (x !== x ? null : names[x]!);
	const orNull = (x: number) => (x !== x ? null : x);
	const after = (created: number, x: number) => (x !== x ? null : created + x);
	return {
		size: n.length / FIELDS,
		forEach(visit) {
			const row = {} as ReportedTicket;
			for (let i = 0; i < n.length; i += FIELDS) {
				const created = n[i]!;
				row.created_at = created;
				row.locale = value(n[i + 1]!)!;
				row.team_id = value(n[i + 2]!);
				row.assignee_id = value(n[i + 3]!);
				row.category = value(n[i + 4]!);
				row.article_id = value(n[i + 5]!);
				row.status = STATUS_CODES[n[i + 6]!]!;
				row.reopen_count = n[i + 7]!;
				row.agent_replies = n[i + 8]!;
				row.first_response_at = after(created, n[i + 9]!);
				row.first_due_at = after(created, n[i + 10]!);
				row.solved_at = after(created, n[i + 11]!);
				row.first_response_ms = orNull(n[i + 12]!);
				row.resolution_ms = orNull(n[i + 13]!);
				visit(row, i / FIELDS);
			}
		},
		// none is 0, a code is one more than itself
		numbered(column) {
			const offset = CODED[column];
			return {
				number: (_, index) => {
					const code = n[index * FIELDS + offset]!;
					return code !== code ? 0 : code + 1;
				},
				key: (number) => (number === 0 ? '' : names[number - 1]!)
			};
		}
	};
}

/**
 * Survey answers of the days added up as the summary reads them (AnswerTotals), by the database: a few hundred
 * sums, not a row per day, language, team, agent, category and score. Each grouping is one part of a UNION ALL,
 * tagged with its column ('' for all answers); only the breakdowns' questions are split by column.
 */
export async function answerTotals(db: DB, d: DayRange): Promise<AnswerTotals> {
	const days = () => {
		let q = db.selectFrom('report_answers').where('day', '>=', d.from).where('day', '<=', d.to);
		if (d.locale) q = q.where('locale', '=', d.locale);
		if (d.teamId) q = q.where('team_id', '=', d.teamId);
		return q;
	};
	const n = sql<number | string>`sum(n)`.as('n');
	const all = days()
		.select([sql<string>`''`.as('col'), sql<string>`''`.as('key'), 'question', 'value', n])
		.groupBy(['question', 'value']);
	const rows = await ANSWER_COLUMNS.reduce(
		(q, column) =>
			q.unionAll(
				days()
					.select([
						sql<string>`${sql.lit(column)}`.as('col'),
						sql<string>`${sql.ref(column)}`.as('key'),
						'question',
						'value',
						n
					])
					.where('question', 'in', BREAKDOWN_QUESTIONS)
					.groupBy([column, 'question', 'value'])
			),
		all
	).execute();
	const totals: AnswerTotals = {
		all: [],
		by: { assignee_id: [], team_id: [], locale: [], category: [] }
	};
	for (const r of rows) {
		const run = { question: r.question, value: Number(r.value), n: Number(r.n) };
		if (r.col === '') totals.all.push(run);
		else totals.by[r.col as AnswerColumn].push({ key: String(r.key), ...run });
	}
	return totals;
}

/** The totals of answer counts kept in more detail (what the database adds up itself, from its rows). */
export function answerTotalsOf(counts: readonly Omit<AnswerCount, 'day'>[]): AnswerTotals {
	const total = (
		rows: readonly Omit<AnswerCount, 'day'>[],
		keyOf: (c: Omit<AnswerCount, 'day'>) => string
	) => {
		const by = new Map<string, AnswerRun & { key: string }>();
		for (const c of rows) {
			const key = keyOf(c);
			const id = `${key}\n${c.question}\n${c.value}`;
			const row = by.get(id);
			if (row) row.n += c.n;
			else by.set(id, { key, question: c.question, value: c.value, n: c.n });
		}
		return [...by.values()];
	};
	const read = counts.filter((c) =>
		(BREAKDOWN_QUESTIONS as readonly string[]).includes(c.question)
	);
	const by = (column: AnswerColumn) => total(read, (c) => c[column] ?? '');
	return {
		all: total(counts, () => '').map((r) => ({ question: r.question, value: r.value, n: r.n })),
		by: {
			assignee_id: by('assignee_id'),
			team_id: by('team_id'),
			locale: by('locale'),
			category: by('category')
		}
	};
}

/** Next responses of the days, and how many met their due time. */
export async function replyCounts(db: DB, d: DayRange) {
	let q = db
		.selectFrom('report_replies')
		.select([
			(eb) => eb.fn.sum<number>('measured').as('measured'),
			(eb) => eb.fn.sum<number>('on_time').as('on_time')
		])
		.where('day', '>=', d.from)
		.where('day', '<=', d.to);
	if (d.locale) q = q.where('locale', '=', d.locale);
	if (d.teamId) q = q.where('team_id', '=', d.teamId);
	const row = await q.executeTakeFirst();
	return { measured: Number(row?.measured ?? 0), onTime: Number(row?.on_time ?? 0) };
}

/** The running figures as kept (report-facts.ts): what the reports read. */
export const storedFigures: ReportSource = {
	tickets: ticketFacts,
	answers: answerTotals,
	replies: replyCounts
};
