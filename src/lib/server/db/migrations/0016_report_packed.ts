import type { Kysely, Migration } from 'kysely';
import type { DB } from '../index';
import { rebuildReportFacts } from '../report-rebuild';
import { addColumns } from './build';

export const migration: Migration = {
	// each fact also as the text of numbers the summary reads (db/report-changes.ts packedOf), written when the
	// fact is: a month is then read by joining those texts, not by writing 14 numbers of each row as text
	async up(db: Kysely<unknown>) {
		await addColumns(db, 'report_tickets', { packed: 'text' });
		await rebuildReportFacts(db as unknown as DB);
	}
};
