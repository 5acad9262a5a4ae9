// What the migrations share. A finished migration runs again on every new database, so a change here must
// leave the schema it builds exactly as it was (schema.spec.ts compares it with a snapshot).
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

const isPostgres = (db: Kysely<unknown>) =>
	db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');

/** Binary columns: BLOB on SQLite, BYTEA on PostgreSQL (the schema builder has no portable name for it). */
export function binary(db: Kysely<unknown>) {
	return isPostgres(db) ? sql`bytea` : sql`blob`;
}

/** `create [unique] index <name> on <table> (<columns>)`. */
export function createIndex(
	db: Kysely<unknown>,
	name: string,
	table: string,
	columns: string[],
	unique = false
) {
	const index = db.schema.createIndex(name).on(table).columns(columns);
	return (unique ? index.unique() : index).execute();
}

/**
 * A column in the words the schema builder writes it with, in its order: a portable type (`binary` becomes
 * BLOB or BYTEA), then any of ` default <number>`, ` not null`, ` unique`, ` primary key`, ` generated` (numbered
 * by the database),
 * ` references <table>(<column>)` with ` on delete cascade`, ` check (<condition>)`.
 */
export type ColumnSpec = `${'text' | 'integer' | 'bigint' | 'binary'}${'' | ` ${string}`}`;

const COLUMN =
	/^(text|integer|bigint|binary)(?: default (\d+))?( not null)?( unique)?( primary key)?( generated)?(?: references (\w+)\((\w+)\)( on delete cascade)?)?(?: check \((.+)\))?$/;

/** Each column of `spec` as the schema builder's addColumn arguments. */
function columns(db: Kysely<unknown>, spec: Record<string, ColumnSpec>) {
	return Object.entries(spec).map(([name, text]) => {
		const m = COLUMN.exec(text);
		if (!m) throw new Error(`column ${name}: cannot read "${text}"`);
		const [
			,
			type,
			defaultTo,
			notNull,
			unique,
			primaryKey,
			generated,
			table,
			column,
			cascade,
			check
		] = m;
		const define = (c: ColumnDefinitionBuilder) => {
			if (defaultTo) c = c.defaultTo(Number(defaultTo));
			if (notNull) c = c.notNull();
			if (unique) c = c.unique();
			if (primaryKey) c = c.primaryKey();
			// numbered by the database: SQLite's integer primary key is its row number already
			if (generated && isPostgres(db)) c = c.generatedByDefaultAsIdentity();
			if (table) c = c.references(`${table}.${column}`);
			if (cascade) c = c.onDelete('cascade');
			return check ? c.check(sql.raw(check)) : c;
		};
		return {
			name,
			type: type === 'binary' ? binary(db) : (type as 'text' | 'integer' | 'bigint'),
			define
		};
	});
}

/**
 * `create table <name>` with `spec`'s columns in the order written (no column is named by a number, so the
 * object keeps that order), and table constraints named by their key:
 * `primary key (<columns>)` or `unique (<columns>)`.
 */
export function createTable(
	db: Kysely<unknown>,
	name: string,
	spec: Record<string, ColumnSpec>,
	constraints: Record<string, `${'primary key' | 'unique'} (${string})`> = {},
	options: { clustered?: boolean } = {}
) {
	let table: CreateTableBuilder<string, string> = db.schema.createTable(name);
	for (const c of columns(db, spec)) table = table.addColumn(c.name, c.type, c.define);
	for (const [key, text] of Object.entries(constraints)) {
		const [, kind, list] = /^(primary key|unique) \((.+)\)$/.exec(text)!;
		const names = list!.split(', ');
		table =
			kind === 'unique'
				? table.addUniqueConstraint(key, names)
				: table.addPrimaryKeyConstraint(key, names);
	}
	// `clustered`: SQLite keeps the rows in primary-key order (WITHOUT ROWID), so a range of it reads in one run
	if (options.clustered && !isPostgres(db)) table = table.modifyEnd(sql`without rowid`);
	return table.execute();
}

/** `alter table <name> add column …`, one statement per column of `spec` (SQLite adds one at a time). */
export async function addColumns(
	db: Kysely<unknown>,
	name: string,
	spec: Record<string, ColumnSpec>
) {
	for (const c of columns(db, spec))
		await db.schema.alterTable(name).addColumn(c.name, c.type, c.define).execute();
}
