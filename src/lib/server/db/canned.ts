// Canned answers: per-locale reply templates.
import { randomUUID } from 'node:crypto';
import type { DB } from './index';
import type { CannedAnswerTable } from './schema';

export type CannedAnswer = CannedAnswerTable;

export function listCanned(db: DB, locale?: string): Promise<CannedAnswer[]> {
	let q = db.selectFrom('canned_answers').selectAll();
	if (locale) q = q.where('locale', '=', locale);
	return q.orderBy('locale').orderBy('title').execute();
}

export function findCanned(db: DB, id: string): Promise<CannedAnswer | undefined> {
	return db.selectFrom('canned_answers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCannedByTitle(db: DB, locale: string, title: string) {
	return db
		.selectFrom('canned_answers')
		.select('id')
		.where('locale', '=', locale)
		.where('title', '=', title)
		.executeTakeFirst();
}

export async function insertCanned(
	db: DB,
	answer: { locale: string; title: string; body: string; createdBy: string | null },
	now: number
): Promise<CannedAnswer> {
	const row: CannedAnswer = {
		id: randomUUID(),
		locale: answer.locale,
		title: answer.title,
		body: answer.body,
		created_by: answer.createdBy,
		created_at: now,
		updated_at: now
	};
	await db.insertInto('canned_answers').values(row).execute();
	return row;
}

export async function updateCanned(
	db: DB,
	id: string,
	answer: { locale: string; title: string; body: string },
	now: number
): Promise<void> {
	await db
		.updateTable('canned_answers')
		.set({ ...answer, updated_at: now })
		.where('id', '=', id)
		.execute();
}

export async function deleteCanned(db: DB, id: string): Promise<void> {
	await db.deleteFrom('canned_answers').where('id', '=', id).execute();
}

/** The latest change to a locale's canned answers: the key for its cached search index. */
export async function cannedStamp(db: DB, locale: string): Promise<string> {
	const row = await db
		.selectFrom('canned_answers')
		.select([
			(eb) => eb.fn.countAll<number>().as('n'),
			(eb) => eb.fn.max('updated_at').as('latest')
		])
		.where('locale', '=', locale)
		.executeTakeFirst();
	return `${row?.n ?? 0}:${row?.latest ?? 0}`;
}
