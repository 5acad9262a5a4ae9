// Test support, never imported by the app: the schema a database ended up with, as text a snapshot can hold.
import { sql } from 'kysely';
import type { DB } from '../index';

/**
 * SQLite keeps each table's and index's `create` statement exactly as the migration sent it, so comparing
 * these texts shows any change in what a migration builds, down to a column's position.
 */
export async function sqliteSchema(db: DB): Promise<string> {
	const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
		select type, name, sql from sqlite_master
		where tbl_name not like 'kysely%' order by type, name`.execute(db);
	return rows.map((r) => `${r.type} ${r.name}: ${r.sql ?? '(implicit)'}`).join('\n') + '\n';
}

/**
 * PostgreSQL keeps no statement text, so the catalogue is read instead: every column in order with its type,
 * nullability and default, every constraint and every index of the current schema (its name left out, since
 * each test run has its own).
 */
export async function postgresSchema(db: DB): Promise<string> {
	const columns = await sql<{ line: string }>`
		select table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type
			|| case when is_nullable = 'NO' then ' not null' else '' end
			|| coalesce(' default ' || column_default, '') as line
		from information_schema.columns
		where table_schema = current_schema() and table_name not like 'kysely_%'
		order by table_name, ordinal_position`.execute(db);
	const constraints = await sql<{ line: string }>`
		select c.conrelid::regclass::text || ' ' || c.conname || ': ' || pg_get_constraintdef(c.oid) as line
		from pg_constraint c join pg_namespace n on n.oid = c.connamespace
		where n.nspname = current_schema() and c.conrelid::regclass::text not like 'kysely_%'
		order by line`.execute(db);
	const indexes = await sql<{ line: string }>`
		select indexname || ': ' || replace(indexdef, schemaname || '.', '') as line
		from pg_indexes
		where schemaname = current_schema() and tablename not like 'kysely_%'
		order by indexname`.execute(db);
	return (
		[columns, constraints, indexes].flatMap((r) => r.rows.map((row) => row.line)).join('\n') + '\n'
	);
}
