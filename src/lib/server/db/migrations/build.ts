// What the migrations share. A finished migration runs again on every new database, so a change here must
// leave the schema it builds exactly as it was.
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** Binary columns: BLOB on SQLite, BYTEA on PostgreSQL (the schema builder has no portable name for it). */
export function binary(db: Kysely<unknown>) {
	return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')
		? sql`bytea`
		: sql`blob`;
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

/** A required reference to `target` ("table.column") whose row goes when the row it points to goes. */
export function ownedBy(target: string) {
	return (c: ColumnDefinitionBuilder) => c.notNull().references(target).onDelete('cascade');
}
