// Small numbers for the values the reports group tickets by (languages, teams, agents, categories, articles):
// report_tickets keeps these instead of ids 36 characters long, so a month of 50,000 tickets reads as one short
// text of numbers (reports.ts ticketFacts) rather than as 50,000 rows of strings. A value's code never changes,
// so each process remembers those it has seen committed.
import type { DB } from './index';

interface Codes {
	known: Map<string, number>;
	values: Map<number, string>;
	/**
	 * Values this process numbered, with the transaction that did: remembered once another reads them, which
	 * it can only once that one committed (PostgreSQL shows others nothing uncommitted; SQLite runs one at a time).
	 */
	numbered: Map<string, DB>;
}
/** Per database (its transactions share its adapter): tests and the bench open several in one process. */
const byDatabase = new WeakMap<object, Codes>();

function codes(db: DB): Codes {
	const key = db.getExecutor().adapter;
	let c = byDatabase.get(key);
	if (!c) byDatabase.set(key, (c = { known: new Map(), values: new Map(), numbered: new Map() }));
	return c;
}

function remember(db: DB, rows: { code: number; value: string }[]) {
	const { known, values, numbered } = codes(db);
	for (const r of rows) {
		if (numbered.get(r.value) === db) continue;
		numbered.delete(r.value);
		known.set(r.value, Number(r.code));
		values.set(Number(r.code), r.value);
	}
}

const lookup = (db: DB, list: string[]) =>
	db.selectFrom('report_codes').select(['code', 'value']).where('value', 'in', list).execute();

/**
 * The code of each value (null stays null), numbering the new ones, inside the caller's transaction. A number
 * given in a transaction that then rolls back must not be remembered: new ones are, once seen committed.
 */
export async function codesOf(
	trx: DB,
	list: readonly (string | null)[]
): Promise<Map<string, number>> {
	const { known } = codes(trx);
	const wanted = [...new Set(list.filter((v): v is string => v !== null))];
	const missing = wanted.filter((v) => !known.has(v));
	const found = new Map<string, number>();
	for (let i = 0; i < missing.length; i += 500) {
		const batch = missing.slice(i, i + 500);
		remember(trx, await lookup(trx, batch));
		const fresh = batch.filter((v) => !known.has(v));
		if (!fresh.length) continue;
		for (const v of fresh) codes(trx).numbered.set(v, trx);
		await trx
			.insertInto('report_codes')
			.values(fresh.map((value) => ({ value })))
			.onConflict((oc) => oc.column('value').doNothing())
			.execute();
		for (const r of await lookup(trx, fresh)) found.set(r.value, Number(r.code));
	}
	return new Map(wanted.map((v) => [v, known.get(v) ?? found.get(v)!]));
}

/** Whether this process knows the code of every one of these values (null needs none). */
export function codesKnown(db: DB, list: readonly (string | null)[]): boolean {
	const { known } = codes(db);
	return list.every((v) => v === null || known.has(v));
}

/** The code a value has, or undefined when nothing was ever counted under it. */
export async function codeOf(db: DB, value: string): Promise<number | undefined> {
	const { known } = codes(db);
	if (!known.has(value)) remember(db, await lookup(db, [value]));
	return known.get(value);
}

/** The values of these codes (all of them read again when one is new to this process). */
export async function valuesOf(db: DB, wanted: Iterable<number>): Promise<Map<number, string>> {
	const { values } = codes(db);
	for (const code of wanted)
		if (!values.has(code)) {
			const rows = await db.selectFrom('report_codes').select(['code', 'value']).execute();
			remember(db, rows);
			// inside a transaction, its own new codes too (which are not remembered)
			return new Map([...values, ...rows.map((r) => [Number(r.code), r.value] as const)]);
		}
	return values;
}
