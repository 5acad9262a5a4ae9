// Test support, never imported by the app: a ticket as if it had been solved at a time long past.
import type { DB } from '../index';

/** Mark the ticket `ref` solved at `solvedAt` (the auto-close job then finds it stale). */
export async function backdateSolved(db: DB, ref: string, solvedAt: number): Promise<void> {
	await db
		.updateTable('tickets')
		.set({ status: 'solved', solved_at: solvedAt })
		.where('ref', '=', ref)
		.execute();
}
